package org.relieftrace.supplies.request;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 需求申报请求 — the request bodies of the supply request endpoints, with their bean validation. */
public final class SupplyRequestRequests {

    private SupplyRequestRequests() {
    }

    /** 需求申报单. */
    @Schema(name = "SupplyRequest")
    public record NewRequest(@NotNull @Pattern(regexp = "\\d{12}") String divisionCode, @NotNull UUID disasterId,
                             @NotNull @PositiveOrZero Integer affectedPeople, @Size(max = 500) String reason,
                             @NotEmpty @Size(max = 100) @Valid List<Item> items) {
    }

    /** One item asked for. */
    @Schema(name = "SupplyRequestItem")
    public record Item(@NotBlank @Size(max = 64) String itemCode, @NotNull @Positive Long quantity) {
    }

    /** Why, for an approval (optional). */
    @Schema(name = "SupplyRequestDecision")
    public record Decision(@Size(max = 500) String reason) {
    }

    /** Why, for a rejection: required, never blank. */
    @Schema(name = "SupplyRequestRejection")
    public record Rejection(@NotBlank @Size(max = 500) String reason) {
    }
}
