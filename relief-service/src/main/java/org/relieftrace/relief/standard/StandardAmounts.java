package org.relieftrace.relief.standard;

/**
 * 救助标准 — the amounts (in fen) of one version of a standard: per person per month (TRANSITIONAL), per deceased
 * person (CONDOLENCE), per damage grade (HOUSING), per person (EMERGENCY, WINTER_SPRING), a cap per household
 * (0: none), and for HOUSING the number of instalments (分期拨付) the amount is paid in (0 or 1: at once).
 */
public record StandardAmounts(long perPersonMonthlyFen, long perDeceasedFen, long collapsedFen,
                              long severelyDamagedFen, long generallyDamagedFen, long perPersonFen,
                              long householdCapFen, int housingInstalments) {

    /** The most instalments a standard may set. */
    public static final int MOST_INSTALMENTS = 4;

    /** What is needed to compute an amount in this category: the appraisal's figures. */
    public record Need(int membersCovered, int months, int deceasedPersons, DamageGrade damageGrade) {
    }

    /** The rate the category is paid by; zero when this version does not set it. */
    public long rateOf(ReliefCategory category, DamageGrade grade) {
        return switch (category) {
            case TRANSITIONAL -> perPersonMonthlyFen;
            case CONDOLENCE -> perDeceasedFen;
            case EMERGENCY, WINTER_SPRING -> perPersonFen;
            case HOUSING -> grade == null ? 0 : switch (grade) {
                case COLLAPSED -> collapsedFen;
                case SEVERELY_DAMAGED -> severelyDamagedFen;
                case GENERALLY_DAMAGED -> generallyDamagedFen;
            };
        };
    }

    /** The amount a household gets in {@code category} for this need, capped per household. */
    public long amountFor(ReliefCategory category, Need need) {
        long rate = rateOf(category, need.damageGrade());
        long amount = switch (category) {
            case TRANSITIONAL -> Math.multiplyExact(rate, (long) need.membersCovered() * need.months());
            case CONDOLENCE -> Math.multiplyExact(rate, need.deceasedPersons());
            case EMERGENCY, WINTER_SPRING -> Math.multiplyExact(rate, need.membersCovered());
            case HOUSING -> rate;
        };
        return householdCapFen > 0 ? Math.min(amount, householdCapFen) : amount;
    }

    /** How many instalments a case of {@code category} is paid in: HOUSING as this version says, the rest at once. */
    public int instalmentsOf(ReliefCategory category) {
        return category == ReliefCategory.HOUSING ? Instalments.count(housingInstalments) : 1;
    }
}
