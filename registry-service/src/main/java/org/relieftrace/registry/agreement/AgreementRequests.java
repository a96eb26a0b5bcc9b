package org.relieftrace.registry.agreement;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies the agreement-reserve endpoints accept. */
public final class AgreementRequests {

    private AgreementRequests() {
    }

    /** The body of {@code POST /reserve-agreements}: 协议储备协议. */
    @Schema(name = "ReserveAgreementRequest",
            description = "协议储备 — goods an enterprise holds for a division's reserve, called off when needed")
    public record ReserveAgreementRequest(
            @NotBlank @Size(max = 100) @Schema(examples = "XY-2026-CB-011") String contractNumber,
            @NotBlank @Size(max = 200) @Schema(examples = "永川区某商贸有限公司") String enterprise,
            @NotEmpty @Size(max = 100) @Valid List<Line> lines,
            @NotNull LocalDate validFrom,
            @NotNull LocalDate validTo,
            @NotNull @Pattern(regexp = "\\d{12}", message = "must be 12 digits")
            @Schema(description = "the division whose reserve it serves") String divisionCode,
            @Size(max = 500) @Schema(description = "why, in the user's words") String reason) {
    }

    /** 协议数量 — one item the enterprise holds under the agreement. */
    @Schema(name = "ReserveAgreementLine")
    public record Line(@NotBlank @Size(max = 64) @Schema(description = "a catalog item code") String itemCode,
                       @NotNull @Positive @Schema(description = "in the item's unit") Long quantity) {
    }
}
