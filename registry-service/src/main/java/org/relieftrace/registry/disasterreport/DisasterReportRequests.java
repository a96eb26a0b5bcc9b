package org.relieftrace.registry.disasterreport;

import java.time.OffsetDateTime;
import java.util.Map;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the township-report resource. */
public final class DisasterReportRequests {

    private DisasterReportRequests() {
    }

    /** The body of {@code POST /disasters/{id}/township-reports}: 乡镇灾情报告. */
    @Schema(name = "TownshipReportRequest", description = "乡镇灾情报告 — a township's report on one form")
    public record TownshipReportRequest(
            @NotNull @Pattern(regexp = "\\d{9}000", message = "must be a township's 12-digit code")
            @Schema(description = "the township (统计单位) reported for", examples = "500118116000")
            String townshipCode,
            @NotNull @Schema(description = "LOSS (自然灾害损失情况统计快报表) or RELIEF_WORK (救灾工作情况统计快报表)")
            ReportForm form,
            @NotNull @Schema(description = "INITIAL (初报), FOLLOW_UP (续报) or VERIFIED (核报)") ReportKind kind,
            @NotNull @Schema(description = "the moment the figures describe, not in the future") OffsetDateTime asOf,
            @NotEmpty @Size(max = 20) @Schema(description = "every figure the form asks for, by name; people as"
                    + " counts, houses in 间, money in fen")
            Map<String, @NotNull @PositiveOrZero Long> figures,
            @Size(max = 500) @Schema(description = "why, in the user's words") String reason) {
    }
}
