package org.relieftrace.registry.depot;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies the depot endpoints accept. */
public final class DepotRequests {

    private DepotRequests() {
    }

    /** The body of {@code POST /depots}: 仓库登记 — a depot to register in a division. */
    @Schema(name = "DepotRequest", description = "仓库登记 — a depot to register in a division")
    public record DepotRequest(
            @Schema(description = "the depot's id when the client fixes it (e.g. derived from the code); else a new"
                    + " one") UUID depotId,
            @NotNull @Pattern(regexp = "[A-Z0-9-]{2,64}", message = "must be 2 to 64 of A-Z, 0-9 and -")
            @Schema(description = "unique depot code, e.g. ZT-TOWN-01") String code,
            @NotBlank @Size(max = 200) String name,
            @NotNull @Pattern(regexp = "\\d{12}", message = "must be 12 digits")
            @Schema(description = "the registered division the depot belongs to") String divisionCode,
            @NotNull @Schema(description = "GOVERNMENT, AGREEMENT_ENTERPRISE or SOCIAL_UNIT") DepotKind kind,
            @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @DecimalMin("-180") @DecimalMax("180") Double longitude,
            @Size(max = 300) String address,
            @Positive @Schema(description = "库容, storage capacity in cubic metres") Long capacity,
            @Size(max = 20) @Schema(description = "usernames of the depot keepers (保管员), each 1 to 100 characters")
            List<String> keepers,
            @Size(max = 500) @Schema(description = "why, in the user's words") String reason) {
    }
}
