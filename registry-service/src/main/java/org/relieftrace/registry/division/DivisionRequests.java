package org.relieftrace.registry.division;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies the division endpoints accept. */
public final class DivisionRequests {

    private DivisionRequests() {
    }

    /** The body of {@code POST /divisions}: 行政区划 — a division to register. */
    @Schema(name = "DivisionRequest", description = "行政区划 — a division with its 12-digit statistical code")
    public record DivisionRequest(
            @NotNull @Pattern(regexp = "\\d{12}", message = "must be 12 digits")
            @Schema(description = "12-digit statistical division code", examples = "500118116000") String code,
            @NotBlank @Size(max = 100) @Schema(examples = "朱沱镇") String name,
            @NotNull @Schema(description = "COUNTY, TOWNSHIP or VILLAGE; must agree with the code")
            DivisionLevel level,
            @Pattern(regexp = "\\d{12}", message = "must be 12 digits")
            @Schema(description = "the code's own parent, already registered; empty for a county") String parentCode,
            @Size(max = 500) @Schema(description = "why, in the user's words") String reason) {
    }
}
