package org.relieftrace.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ReliefPayoutIdsTest {

    @Test
    void aRunOfOneHundredThousandCasesHasDistinctValidNumbersInThePast() {
        List<String> ids = ReliefPayout.idNumbers(Instant.parse("2026-11-22T20:30:00Z"), 100_000);
        assertEquals(100_000, new HashSet<>(ids).size());
        for (String id : ids) {
            assertTrue(id.matches("500119\\d{11}[0-9X]"), id);
            assertEquals(id.charAt(17), HouseholdImport.checkCharacter(id.substring(0, 17)));
            LocalDate birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)),
                    Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14)));
            assertTrue(birth.getYear() >= 1900 && birth.isBefore(LocalDate.of(2026, 1, 1)), id);
        }
    }

    @Test
    void runsInDifferentMinutesShareNoNumber() {
        Set<String> first = new HashSet<>(ReliefPayout.idNumbers(Instant.parse("2026-11-22T20:30:00Z"), 2_000));
        List<String> second = ReliefPayout.idNumbers(Instant.parse("2026-11-22T20:31:00Z"), 2_000);
        assertTrue(second.stream().noneMatch(first::contains));
    }

    @Test
    void theReliefBenchmarkTakesItsCasesFromTheCommandLine() throws Exception {
        Config.Options options = Config.parse(List.of("--relief", "--cases", "2000", "--clients", "16"));
        assertTrue(options.relief());
        assertEquals(2000, options.cases());
        Config config = Config.of(options, Map.of("RELIEF_RELIEF_URL", "http://localhost:9082/"), List.of());
        assertEquals("http://localhost:9082", config.reliefUrl().toString());
        assertEquals(100_000, Config.parse(List.of("--relief")).cases());
        assertThrows(Config.UsageException.class, () -> Config.parse(List.of("--relief", "--import")));
        assertThrows(Config.UsageException.class, () -> Config.parse(List.of("--relief", "--cases", "0")));
    }
}
