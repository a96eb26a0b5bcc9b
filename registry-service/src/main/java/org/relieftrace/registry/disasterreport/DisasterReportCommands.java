package org.relieftrace.registry.disasterreport;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What can be asked of a {@link DisasterReport}; each goes to {@link DisasterReport#streamOf(UUID, String)}. */
public final class DisasterReportCommands {

    private DisasterReportCommands() {
    }

    /**
     * 乡镇灾情报告 — file a township's report on one form for a disaster, as of {@code asOf}. The disaster's start and
     * affected divisions come with the command, read from the disaster's own events.
     */
    public record FileTownshipReport(UUID reportId, UUID disasterId, String townshipCode, ReportForm form,
                                     ReportKind kind, Instant asOf, Map<String, Long> figures,
                                     Instant disasterStartedAt, List<String> affectedDivisionCodes) {

        @TargetAggregateIdentifier
        public String stream() {
            return DisasterReport.streamOf(disasterId, townshipCode);
        }
    }
}
