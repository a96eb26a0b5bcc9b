package org.relieftrace.relief.reliefcase;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.relief.standard.ReliefCategory;

/**
 * 类别规则 — what each relief category asks of the persons a case names, decided when the case is opened so that a
 * case that could never be paid as set up is refused then, not held at batch time:
 * <ul>
 *   <li>every case pays a living person: the named beneficiary, or else the household's head ({@code payee-deceased});
 *   <li>a CONDOLENCE case (因灾遇难人员家属抚慰) names a member of the household whose death the registry recorded
 *       ({@code death-not-recorded}), on or after the day the disaster began ({@code death-before-disaster}); it pays
 *       the family, never the deceased; and one case is opened per deceased person ({@code condolence-already-opened}:
 *       its id derives from the person alone, {@link #caseIdOf});
 *   <li>a HOUSING case (倒损住房恢复重建) is one per household and disaster, whatever the period: a house is rebuilt or
 *       repaired once.
 * </ul>
 */
public final class CategoryRules {

    private CategoryRules() {
    }

    /**
     * The persons a case names, as the registry recorded them when it was opened: who is paid (the beneficiary, or the
     * head) and whether they died; for CONDOLENCE, the deceased person and the day of their recorded death ({@code
     * null}: none recorded).
     */
    public record Parties(UUID payeePersonId, LocalDate payeeDeceasedOn, UUID deceasedPersonId,
                          LocalDate deceasedOn, LocalDate disasterBegan) {
    }

    /**
     * The one case id for a household's case in a category: per deceased person for CONDOLENCE, per household and
     * disaster for HOUSING, else per household, category, disaster and period.
     */
    public static UUID caseIdOf(UUID householdId, ReliefCategory category, UUID disasterId, String period,
                                UUID deceasedPersonId) {
        return switch (category) {
            case CONDOLENCE -> UUID.nameUUIDFromBytes(("relief-case|CONDOLENCE|" + deceasedPersonId)
                    .getBytes(StandardCharsets.UTF_8));
            case HOUSING -> CaseCommands.caseIdOf(householdId, category, disasterId, "whole-disaster");
            default -> CaseCommands.caseIdOf(householdId, category, disasterId, period);
        };
    }

    /** Refuses ({@code 409}) a case whose category's rules the named persons do not meet. */
    public static void requireOpenable(ReliefCategory category, Parties p) {
        if (category == ReliefCategory.CONDOLENCE) {
            if (p.deceasedOn() == null) {
                throw new DomainRuleViolation("death-not-recorded", "A condolence case names a person whose death"
                        + " is recorded; the registry records no death of person " + p.deceasedPersonId(),
                        p.deceasedPersonId());
            }
            if (p.disasterBegan() != null && p.deceasedOn().isBefore(p.disasterBegan())) {
                throw new DomainRuleViolation("death-before-disaster", "Person " + p.deceasedPersonId() + " died on "
                        + p.deceasedOn() + ", before the disaster began on " + p.disasterBegan(),
                        p.deceasedPersonId(), p.deceasedOn(), p.disasterBegan());
            }
        }
        if (p.payeeDeceasedOn() != null || p.payeePersonId() != null
                && p.payeePersonId().equals(p.deceasedPersonId())) {
            throw new DomainRuleViolation("payee-deceased", "Person " + p.payeePersonId() + ", who would be paid,"
                    + " is deceased: name a living member of the household as the beneficiary", p.payeePersonId());
        }
    }

    /** The refusal of a second case with the same id: for CONDOLENCE, a second case for the same deceased person. */
    public static DomainRuleViolation alreadyOpened(ReliefCategory category, UUID existingCaseId, UUID householdId,
                                                    UUID deceasedPersonId, String period) {
        if (category == ReliefCategory.CONDOLENCE) {
            return new DomainRuleViolation("condolence-already-opened", "Person " + deceasedPersonId + " already"
                    + " has condolence case " + existingCaseId + ": one payment per deceased person",
                    deceasedPersonId, existingCaseId);
        }
        return new DomainRuleViolation("case-already-exists", "Household " + householdId + " already has case "
                + existingCaseId + " for " + category + ", this disaster and period " + period, householdId,
                existingCaseId, category, period);
    }
}
