package org.relieftrace.relief.standard;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.relieftrace.platform.domain.InvalidInput;

/** The request bodies of the standards endpoints. */
public final class StandardRequests {

    private StandardRequests() {
    }

    /** The body of {@code POST /standards}: 救助标准 — a new version of a county's standard for a category. */
    @Schema(name = "StandardRequest", description = "救助标准 — amounts in fen; set those the category is paid by")
    public record StandardRequest(
            @NotNull @Pattern(regexp = "\\d{6}000000", message = "must be the 12-digit code of a county")
            String countyCode,
            @NotNull ReliefCategory category,
            @NotNull LocalDate effectiveFrom,
            @PositiveOrZero long perPersonMonthlyFen,
            @PositiveOrZero long perDeceasedFen,
            @PositiveOrZero long collapsedFen,
            @PositiveOrZero long severelyDamagedFen,
            @PositiveOrZero long generallyDamagedFen,
            @PositiveOrZero long perPersonFen,
            @PositiveOrZero long householdCapFen,
            @Min(0) @Max(StandardAmounts.MOST_INSTALMENTS)
            @Schema(description = "HOUSING only: the number of instalments (分期拨付) the amount is paid in; 0 or 1:"
                    + " at once")
            int housingInstalments,
            @NotBlank @Size(max = 200) @Schema(description = "the county's document that sets it")
            String documentNumber,
            @Size(max = 500) String reason) {

        StandardAmounts amounts() {
            return new StandardAmounts(perPersonMonthlyFen, perDeceasedFen, collapsedFen, severelyDamagedFen,
                    generallyDamagedFen, perPersonFen, householdCapFen, housingInstalments);
        }

        /** The amounts, once they set the rate the category is paid by ({@code 400} naming the rate's field). */
        StandardAmounts ratedAmounts() {
            StandardAmounts a = amounts();
            boolean rated = category == ReliefCategory.HOUSING
                    ? a.collapsedFen() > 0 && a.severelyDamagedFen() > 0 && a.generallyDamagedFen() > 0
                    : a.rateOf(category, null) > 0;
            if (!rated) {
                throw new InvalidInput(rateField(), "must be greater than zero for " + category);
            }
            if (housingInstalments > 1 && category != ReliefCategory.HOUSING) {
                throw new InvalidInput("housingInstalments", "only HOUSING is paid in instalments");
            }
            return a;
        }

        private String rateField() {
            return switch (category) {
                case TRANSITIONAL -> "perPersonMonthlyFen";
                case CONDOLENCE -> "perDeceasedFen";
                case EMERGENCY, WINTER_SPRING -> "perPersonFen";
                case HOUSING -> "collapsedFen";
            };
        }
    }
}
