package org.relieftrace.gateway.console;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import org.relieftrace.gateway.console.readiness.ReadinessPages.ItemRow;
import org.relieftrace.gateway.console.reserve.PledgePages;
import org.relieftrace.gateway.console.reserve.ReserveViews.AgreementStanding;
import org.relieftrace.gateway.console.reserve.ReserveViews.CallOffLine;
import org.relieftrace.gateway.console.reserve.ReserveViews.PledgeLine;
import org.relieftrace.gateway.console.reserve.ReserveViews.PledgeStatus;
import org.relieftrace.gateway.console.reserve.ReserveViews.PledgeView;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The reserve pages: agreed / called off / left per item, pledges closed only where their actions say so. */
@QuarkusTest
class ReservePagesTest {

    private static final Viewer KEEPER = new Viewer("keeper", Set.of(Viewer.KEEPER), "500118116000", List.of(),
            "token");
    private static final Viewer CIVIL = new Viewer("civil", Set.of(Viewer.CIVIL), "500118116000", List.of(), "token");

    @Inject
    @Location("console/pledges.html")
    Template pledges;

    @Inject
    @Location("console/reserve-agreements.html")
    Template agreements;

    @Inject
    @Location("console/readiness.html")
    Template readiness;

    private static TemplateInstance page(Template template, Viewer me, String lang) {
        return template.data("me", me).data("t", Texts.load(lang)).data("lang", lang).data("nav", List.of());
    }

    private static PledgeView pledge(String id, String status, List<String> actions) {
        return new PledgeView(id, "永川区红十字会", "500118116000", "2026-08-01", status,
                List.of(new PledgeLine("QUILT", 300, 200, 100)), "zhutuo-civil", null, null, actions);
    }

    private String pledgePage(Viewer me, String lang, PledgeView... shown) {
        return page(pledges, me, lang).data("pledges", List.of(shown)).data("division", "500118116000")
                .data("status", "OPEN").data("statuses", PledgeStatus.values()).data("problem", null)
                .data("recorded", null).data("key", "k").data("items", List.of())
                .data("lines", List.of(new PledgePages.Line("", ""))).data("names", Map.of("QUILT", "棉被")).render();
    }

    @Test
    void aPledgeOffersItsCloseFormOnlyWhenItsActionsNameIt() {
        String html = pledgePage(CIVIL, "zh", pledge("p-1", "OPEN", List.of("close")),
                pledge("p-2", "OPEN", List.of()));
        assertThat(html).contains("/console/pledges/p-1/close").doesNotContain("/console/pledges/p-2/close")
                .contains("棉被", "待到货", "id=\"pledge-form\"");
        assertThat(pledgePage(KEEPER, "en", pledge("p-1", "OPEN", List.of())))
                .contains("/console/receipts/new?pledge=p-1", "Outstanding").doesNotContain("id=\"pledge-form\"");
    }

    @Test
    void anAgreementShowsAgreedCalledOffAndLeftPerItemWithACallOffLinkForKeepers() {
        AgreementStanding standing = new AgreementStanding("a-1", "XY-2026-CB-011", "永川区某商贸有限公司", "2026-01-01",
                "2028-12-31", "500118116000", true, List.of(new CallOffLine("TENT-12", 100, 60, 40)));
        String html = page(agreements, KEEPER, "zh").data("agreements", List.of(standing))
                .data("division", "500118116000").data("inForce", false).data("names", Map.of("TENT-12", "帐篷"))
                .render();
        assertThat(html).contains("XY-2026-CB-011", "帐篷", "剩余可调用", "/console/receipts/new?agreement=a-1");
        assertThat(html.replaceAll("\\s+", " ")).contains("<td class=\"num called-off\">60</td>")
                .contains("<td class=\"num left\">40</td>");
    }

    @Test
    void readinessShowsCallableAndProducibleColumns() {
        String html = page(readiness, KEEPER, "en").data("rows", List.of(new ItemRow("TENT-12", "Tent", 30, 0, 0,
                        0, 0, 0, 0, 70, 300))).data("gaps", 0).data("division", "500118116000")
                .data("divisionName", "朱沱镇").data("asOf", "2026-07-20").data("withinDays", 3).render();
        assertThat(html).contains("Callable under agreements", "Producible within 3 days")
                .contains("<td class=\"num callable\">70</td>", "<td class=\"num producible\">300</td>");
    }
}
