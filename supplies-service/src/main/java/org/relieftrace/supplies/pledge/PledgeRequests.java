package org.relieftrace.supplies.pledge;

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

/** The bodies the pledge endpoints accept. */
public final class PledgeRequests {

    private PledgeRequests() {
    }

    /** The body of {@code POST /pledges}: 捐赠承诺. */
    @Schema(name = "PledgeRequest", description = "捐赠承诺 — what a donor promised to give a division")
    public record NewPledge(
            @NotBlank @Size(max = 200) @Schema(examples = "永川区红十字会") String donor,
            @NotNull @Pattern(regexp = "\\d{12}", message = "must be 12 digits")
            @Schema(description = "the division the goods are promised to") String divisionCode,
            @Schema(description = "the day the goods are expected") LocalDate expectedOn,
            @NotEmpty @Size(max = 100) @Valid List<Line> lines,
            @Size(max = 500) @Schema(description = "why, in the user's words") String reason) {
    }

    /** One item promised. */
    @Schema(name = "PledgeLineRequest")
    public record Line(@NotBlank @Size(max = 64) @Schema(description = "a catalog item code") String itemCode,
                       @NotNull @Positive @Schema(description = "in the item's unit") Long quantity) {
    }

    /** The body of {@code POST /pledges/{id}/close}: why the rest will not come. */
    @Schema(name = "PledgeClosing")
    public record Closing(@NotBlank @Size(max = 500) @Schema(description = "why the pledge is closed") String reason) {
    }
}
