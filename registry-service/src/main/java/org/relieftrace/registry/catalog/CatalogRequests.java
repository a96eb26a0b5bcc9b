package org.relieftrace.registry.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies the catalog endpoints accept. */
public final class CatalogRequests {

    private CatalogRequests() {
    }

    /** The body of {@code POST /catalog/items}: 物资目录登记 — a supply item to enter into the catalog. */
    @Schema(name = "CatalogItemRequest", description = "物资目录登记 — a supply item to enter into the catalog")
    public record CatalogItemRequest(
            @NotNull @Pattern(regexp = CatalogItem.CODE_PATTERN,
                    message = "must be 2 to 64 of A-Z, 0-9 and -, with at least one letter")
            @Schema(description = "item code, e.g. TENT-12") String itemCode,
            @NotBlank @Size(max = 200) @Schema(description = "Chinese name, e.g. 12平方米单帐篷") String nameZh,
            @Size(max = 200) @Schema(description = "English name") String nameEn,
            @NotNull @Schema(description = "SHELTER, BEDDING, CLOTHING, FOOD_WATER, LIGHTING_POWER,"
                    + " RESCUE_EQUIPMENT, MEDICAL or SANITATION") SupplyCategory category,
            @NotBlank @Size(max = 20) @Schema(description = "counting unit, e.g. 顶, 床, 件, 箱") String unit,
            @Size(max = 200) @Schema(description = "specification, e.g. 12㎡") String specification,
            @Positive @Schema(description = "shelf life in days; absent for durable goods") Integer shelfLifeDays,
            @Size(max = 500) @Schema(description = "why, in the user's words") String reason) {
    }
}
