package org.relieftrace.supplies.stocktake;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request bodies of the stocktake endpoints. */
public final class StocktakeRequests {

    private StocktakeRequests() {
    }

    /** 盘点录入 — the counted quantities. */
    @Schema(name = "StocktakeCount")
    public record Counts(@NotEmpty @Size(max = 1000) @Valid List<Line> lines, @Size(max = 500) String reason) {
    }

    /** One lot counted; a variance needs its reason. */
    @Schema(name = "StocktakeCountLine")
    public record Line(@NotNull UUID lotId, @NotNull @PositiveOrZero Long counted, @Size(max = 500) String reason) {
    }

    /** Why, for opening and approving. */
    @Schema(name = "StocktakeNote")
    public record Note(@Size(max = 500) String reason) {
    }
}
