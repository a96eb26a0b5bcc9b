package org.relieftrace.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SoakReportTest {

    private static SoakLoad.Interval interval(double end, long ok, long errors, long p99Ms, long suppliesMb) {
        Percentiles.Summary latency = new Percentiles.Summary((int) ok, 5_000_000, 8_000_000, p99Ms * 1_000_000,
                p99Ms * 1_000_000, p99Ms * 1_000_000);
        return new SoakLoad.Interval(end, ok, errors, latency, Map.of("supplies", suppliesMb * 1024, "registry",
                300L * 1024));
    }

    private static SoakReport.Run run(List<SoakLoad.Interval> intervals) {
        Machine machine = new Machine(2, "23.5 GiB", "test CPU", "test OS", "25");
        return new SoakReport.Run(ZonedDateTime.of(2026, 12, 8, 1, 0, 0, 0, ZoneOffset.UTC), machine, "./relief bench"
                + " --soak 1", 1, 200, 100, intervals, null);
    }

    @Test
    void aServiceAboveTheMemoryGoalAndAnErrorAreMisses() {
        String md = SoakReport.markdown(run(List.of(interval(30, 3000, 0, 20, 400), interval(60, 2990, 2, 40, 600))),
                "soak-x");
        for (String expected : List.of("| errors | 0 | 2 | **MISS** |",
                "| resident memory, supplies (highest) | ≤ 512 MB | 600 MB | **MISS** |",
                "| resident memory, registry (highest) | ≤ 512 MB | 300 MB | PASS |",
                "![latency](soak-x-latency.svg)", "| 1.0 | 2990 | 2 |")) {
            assertTrue(md.contains(expected), () -> "missing " + expected + " in\n" + md);
        }
    }

    @Test
    void aCleanSoakPasses() {
        String md = SoakReport.markdown(run(List.of(interval(60, 6000, 0, 20, 400))), "soak-y");
        assertTrue(md.contains("| errors | 0 | 0 | PASS |"), md);
        assertFalse(md.contains("MISS"), md);
    }

    @Test
    void theChartIsWellFormedSvgWithOneLinePerSeries() throws Exception {
        String svg = SvgChart.lines("Resident <memory>", "minutes", "MB", List.of(0.5, 1.0),
                Map.of("supplies", List.of(400.0, 410.0), "registry", List.of(300.0, 290.0)));
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", document.getDocumentElement().getNodeName());
        assertEquals(2, document.getElementsByTagName("polyline").getLength());
        assertTrue(svg.contains("Resident &lt;memory&gt;"), svg);
    }
}
