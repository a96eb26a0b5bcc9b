package org.relieftrace.registry.capacity;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies the capacity-agreement endpoints accept. */
public final class CapacityRequests {

    private CapacityRequests() {
    }

    /** The body of {@code POST /capacity-agreements}: 生产能力储备协议. */
    @Schema(name = "CapacityAgreementRequest",
            description = "生产能力储备协议 — an enterprise's contracted daily capacity")
    public record CapacityAgreementRequest(
            @NotBlank @Size(max = 100) @Schema(examples = "XY-2026-CN-003") String contractNumber,
            @NotBlank @Size(max = 200) @Schema(examples = "重庆某帐篷制造有限公司") String enterprise,
            @NotBlank @Size(max = 64) @Schema(description = "a catalog item code") String itemCode,
            @NotNull @Positive @Schema(description = "units a day, in the item's unit") Long dailyCapacity,
            @PositiveOrZero @Max(365)
            @Schema(description = "生产准备期 — days from a call to the first day of production; 0 when absent")
            Integer leadTimeDays,
            @NotNull LocalDate validFrom,
            @NotNull LocalDate validTo,
            @NotNull @Pattern(regexp = "\\d{12}", message = "must be 12 digits")
            @Schema(description = "the division whose reserve it serves") String divisionCode,
            @Size(max = 500) @Schema(description = "why, in the user's words") String reason) {
    }
}
