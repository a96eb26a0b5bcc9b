package org.relieftrace.registry.disasterreport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 与台账不符 — where a township's hand-entered figures contradict what the registry recorded. Such a report is
 * accepted (the township may know more than the ledger), but it is marked wherever it is shown.
 */
public final class ReportMarks {

    /** Fewer people reported resettled than were checked in to the township's shelters. */
    public static final String RESETTLED_BELOW_CHECK_INS = "resettled-below-check-ins";
    /** Fewer deaths reported than the registry recorded in the township. */
    public static final String DEATHS_BELOW_RECORDED = "deaths-below-recorded";

    private ReportMarks() {
    }

    /** The marks of a report's figures on {@code form}, against the township's recorded check-ins and deaths. */
    public static List<String> of(ReportForm form, Map<String, Long> figures, long checkedIn, long recordedDeaths) {
        List<String> marks = new ArrayList<>();
        if (form == ReportForm.RELIEF_WORK && figures.getOrDefault("resettledPeople", 0L) < checkedIn) {
            marks.add(RESETTLED_BELOW_CHECK_INS);
        }
        if (form == ReportForm.LOSS && figures.getOrDefault("deaths", 0L) < recordedDeaths) {
            marks.add(DEATHS_BELOW_RECORDED);
        }
        return List.copyOf(marks);
    }
}
