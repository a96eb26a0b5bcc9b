package org.relieftrace.registry.disasterreport;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** What happened to a township's reports on a disaster. */
public final class DisasterReportEvents {

    private DisasterReportEvents() {
    }

    /**
     * 乡镇灾情报告已报送 — a township reported a form's figures for a disaster as they stood at {@code asOf}; the kind
     * says whether it is the 初报, a 续报 or the 核报. Figures by the form's names; money in fen.
     */
    @Revision("1")
    public record TownshipReportFiled(UUID reportId, UUID disasterId, String townshipCode, ReportForm form,
                                      ReportKind kind, Instant asOf, Map<String, Long> figures) {
    }
}
