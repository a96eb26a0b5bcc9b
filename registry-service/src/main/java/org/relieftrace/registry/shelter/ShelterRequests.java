package org.relieftrace.registry.shelter;

import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the shelter resource. */
public final class ShelterRequests {

    private ShelterRequests() {
    }

    /** The body of {@code POST /shelters}: 应急避难场所登记. */
    @Schema(name = "ShelterRequest", description = "应急避难场所登记 — a shelter to register, closed until opened")
    public record ShelterRequest(
            @NotNull @Pattern(regexp = "\\d{12}", message = "must be 12 digits")
            @Schema(description = "the registered division it stands in") String divisionCode,
            @NotBlank @Size(max = 200) @Schema(examples = "朱沱镇中心小学避难场所") String name,
            @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,
            @NotNull @Positive @Schema(description = "people it can hold") Integer capacity,
            @Schema(description = "the registered depot of its supplies on site, if any") UUID depotId,
            @Size(max = 500) @Schema(description = "why, in the user's words") String reason) {
    }

    /** The body of opening or closing a shelter. */
    @Schema(name = "ShelterStateRequest", description = "启用或关闭 — why")
    public record ShelterStateRequest(@Size(max = 500) String reason) {
    }

    /** The body of a check-in or a check-out. */
    @Schema(name = "OccupantRequest", description = "入住或离开 — a registered person")
    public record OccupantRequest(
            @NotNull @Schema(description = "the person id of a registered person") UUID personId,
            @Size(max = 500) String reason) {
    }
}
