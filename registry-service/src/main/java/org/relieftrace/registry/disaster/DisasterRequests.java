package org.relieftrace.registry.disaster;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the disaster resource. */
public final class DisasterRequests {

    private DisasterRequests() {
    }

    /** The body of {@code POST /disasters}: 灾害登记. */
    @Schema(name = "DisasterRequest", description = "灾害登记 — a disaster to declare")
    public record DisasterRequest(
            @NotNull @Schema(description = "FLOOD, LANDSLIDE, EARTHQUAKE, FOREST_FIRE, TYPHOON, DROUGHT, HAIL,"
                    + " SNOW_ICE or OTHER") DisasterType type,
            @NotBlank @Size(max = 200) @Schema(examples = "2026年7月永川区暴雨洪涝") String name,
            @NotNull @Schema(description = "when it began, with its offset") OffsetDateTime startedAt,
            @Schema(description = "when the response ended, for a disaster recorded afterwards") OffsetDateTime endedAt,
            @NotNull @Schema(description = "I (highest) to IV") ResponseLevel responseLevel,
            @NotEmpty @Size(max = 500) @Schema(description = "12-digit codes of the registered divisions it affects")
            List<@NotNull @Pattern(regexp = "\\d{12}", message = "must be 12 digits") String> affectedDivisionCodes,
            @Size(max = 500) @Schema(description = "why, in the user's words") String reason) {
    }

    /** The body of a response-level change: 应急响应级别调整. */
    @Schema(name = "ResponseLevelRequest", description = "应急响应级别调整")
    public record ResponseLevelRequest(
            @NotNull ResponseLevel responseLevel,
            @NotBlank @Size(max = 500) String reason) {
    }

    /** The body of the end of a response: 应急响应终止. */
    @Schema(name = "DisasterEndRequest", description = "应急响应终止")
    public record DisasterEndRequest(
            @NotNull OffsetDateTime endedAt,
            @Size(max = 500) String reason) {
    }

    /** The body of a statistics report: 灾情统计. */
    @Schema(name = "DisasterStatisticsRequest", description = "灾情统计 — the figures as they stand at asOf")
    public record DisasterStatisticsRequest(
            @NotNull @Schema(description = "the moment the figures describe") OffsetDateTime asOf,
            @NotNull @PositiveOrZero @Schema(description = "受灾人口") Long affectedPeople,
            @NotNull @PositiveOrZero @Schema(description = "紧急转移安置人口") Long evacuated,
            @NotNull @PositiveOrZero @Schema(description = "死亡人口") Long deaths,
            @NotNull @PositiveOrZero @Schema(description = "失踪人口") Long missing,
            @NotNull @PositiveOrZero @Schema(description = "倒塌房屋 (间)") Long collapsedHouses,
            @NotNull @PositiveOrZero @Schema(description = "损坏房屋 (间)") Long damagedHouses,
            @NotNull @PositiveOrZero @Schema(description = "直接经济损失, in fen (分)") Long directLossFen,
            @Size(max = 500) String reason) {
    }
}
