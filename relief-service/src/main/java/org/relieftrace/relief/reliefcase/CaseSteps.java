package org.relieftrace.relief.reliefcase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.domain.WorkingDays;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.platform.time.BeijingTime;
import org.relieftrace.relief.registryfacts.RegistryFactsQueries;
import org.relieftrace.relief.registryfacts.RegistryFactsViews.Disaster;
import org.relieftrace.relief.registryfacts.RegistryFactsViews.Household;
import org.relieftrace.relief.registryfacts.RegistryFactsViews.Person;
import org.relieftrace.relief.reliefcase.CaseCommands.AppraiseCase;
import org.relieftrace.relief.reliefcase.CaseCommands.ConfirmOverride;
import org.relieftrace.relief.reliefcase.CaseCommands.DecideCase;
import org.relieftrace.relief.reliefcase.CaseCommands.OpenCase;
import org.relieftrace.relief.reliefcase.CaseCommands.ReviewCase;
import org.relieftrace.relief.reliefcase.CaseRequests.AppraisalRequest;
import org.relieftrace.relief.reliefcase.CaseRequests.ApprovalRequest;
import org.relieftrace.relief.reliefcase.CaseRequests.CaseRequest;
import org.relieftrace.relief.reliefcase.CaseRequests.Decision;
import org.relieftrace.relief.reliefcase.CaseRequests.ReviewRequest;
import org.relieftrace.relief.reliefcase.CaseViews.CaseView;
import org.relieftrace.relief.shared.Aggregates;
import org.relieftrace.relief.standard.DamageGrade;
import org.relieftrace.relief.standard.ReliefCategory;
import org.relieftrace.relief.standard.StandardAmounts;
import org.relieftrace.relief.standard.StandardQueries;

/**
 * 办理步骤 — builds the command of a case's step from its request: looks up what the step needs (the household and
 * disaster from the registry's facts, the standard in force, the case as its own stream holds it), checks the input
 * against it, and works out the amounts and dates the step fixes. The case itself decides whether the step may be
 * taken ({@link ReliefCase}, {@link CaseRules}).
 */
@ApplicationScoped
public class CaseSteps {

    @Inject
    RegistryFactsQueries registry;

    @Inject
    StandardQueries standards;

    @Inject
    Aggregates aggregates;

    @Inject
    DivisionAccess access;

    @Inject
    BeijingTime time;

    @Inject
    CasePeriods periods;

    /** Whose case it is, as the case's stream holds it: a case opened a moment ago is found at once. */
    public CaseSubject subject(UUID caseId) {
        return aggregates.read(ReliefCase.class, ReliefCase.streamOf(caseId), ReliefCase::subject)
                .orElseThrow(() -> new NotFound("case", caseId));
    }

    /**
     * 申请 / 提名 — for a known household of the caller's division, in a disaster that affects it, naming its persons
     * as the registry recorded them (the payee; for CONDOLENCE the deceased), for the case to decide on.
     */
    public OpenCase open(CaseRequest request) {
        Household household = registry.household(request.householdId())
                .orElseThrow(() -> new InvalidInput("householdId", "unknown household " + request.householdId()));
        Disaster disaster = registry.disaster(request.disasterId())
                .orElseThrow(() -> new InvalidInput("disasterId", "unknown disaster " + request.disasterId()));
        Map<UUID, Person> members = registry.members(household.householdId()).stream()
                .collect(Collectors.toMap(Person::personId, p -> p));
        if (request.beneficiaryPersonId() != null && !members.containsKey(request.beneficiaryPersonId())) {
            throw new InvalidInput("beneficiaryPersonId", "not a person of household " + household.householdId());
        }
        boolean condolence = request.category() == ReliefCategory.CONDOLENCE;
        if (condolence != (request.deceasedPersonId() != null)) {
            throw new InvalidInput("deceasedPersonId", condolence ? "name the deceased person for CONDOLENCE"
                    : "only a CONDOLENCE case names a deceased person");
        }
        if (condolence && !members.containsKey(request.deceasedPersonId())) {
            throw new InvalidInput("deceasedPersonId", "not a person of household " + household.householdId());
        }
        access.requireActingIn(household.divisionCode());
        if (disaster.affectedDivisionCodes().stream().noneMatch(d -> DivisionCode.contains(d,
                household.divisionCode()))) {
            throw new DomainRuleViolation("disaster-not-affecting", "Disaster " + disaster.name() + " does not"
                    + " affect division " + household.divisionCode(), disaster.name(), household.divisionCode());
        }
        UUID payee = request.beneficiaryPersonId() != null ? request.beneficiaryPersonId()
                : household.headPersonId();
        Person payeePerson = members.get(payee);
        Person deceased = condolence ? members.get(request.deceasedPersonId()) : null;
        CategoryRules.Parties parties = new CategoryRules.Parties(payee,
                payeePerson == null ? null : payeePerson.deceasedOn(), request.deceasedPersonId(),
                deceased == null ? null : deceased.deceasedOn(),
                BeijingTime.dateOf(disaster.startedAt()));
        UUID caseId = CategoryRules.caseIdOf(request.householdId(), request.category(), request.disasterId(),
                request.period(), request.deceasedPersonId());
        return new OpenCase(caseId, request.householdId(), household.divisionCode(), request.category(),
                request.disasterId(), request.period(), request.beneficiaryPersonId(), request.origin(),
                request.statement(), parties);
    }

    /** 民主评议 — what the category needs, for living members, at the standard in force on the meeting's day. */
    public AppraiseCase appraisal(CaseSubject c, AppraisalRequest request) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        long alive = registry.members(c.householdId()).stream().filter(Person::alive).count();
        switch (c.category()) {
            case TRANSITIONAL -> {
                need(request.months() >= 1, "months", "must be at least 1 for TRANSITIONAL", errors);
                need(request.membersCovered() >= 1, "membersCovered", "must be at least 1", errors);
            }
            case EMERGENCY, WINTER_SPRING -> need(request.membersCovered() >= 1, "membersCovered",
                    "must be at least 1", errors);
            case CONDOLENCE -> need(request.deceasedPersons() == 1, "deceasedPersons",
                    "must be 1: a CONDOLENCE case is for the one deceased person it names", errors);
            case HOUSING -> need(request.damageGrade() != null, "damageGrade", "is needed for HOUSING", errors);
        }
        need(request.membersCovered() <= alive, "membersCovered", "the household has " + alive + " living persons",
                errors);
        need(!request.appraisedOn().isAfter(time.today()), "appraisedOn", "must not be in the future", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        long amount = standardInForce(c, request.appraisedOn()).amountFor(c.category(),
                new StandardAmounts.Need(request.membersCovered(), request.months(), request.deceasedPersons(),
                        request.damageGrade()));
        return new AppraiseCase(c.caseId(), request.membersCovered(), request.months(), request.deceasedPersons(),
                request.damageGrade(), request.minutesReference().strip(), request.appraisedOn(), amount);
    }

    /**
     * 县级审批 — a rejection, or an approval from the named fund at the standard's amount for the appraised need (an
     * other amount only with a reason), to be paid within the configured working days ({@link CasePeriods#payoutWorkingDays}).
     */
    public DecideCase decision(CaseSubject c, CaseView appraised, ApprovalRequest request) {
        LocalDate today = time.today();
        if (request.decision() == Decision.REJECT) {
            requireOpinion(request.opinion());
            return new DecideCase(c.caseId(), false, null, 0, 0, 1, null, request.opinion(), today, null);
        }
        if (request.fundId() == null) {
            throw new InvalidInput("fundId", "name the fund the money is committed from");
        }
        StandardAmounts inForce = standardInForce(c, today);
        long standard = inForce.amountFor(c.category(), new StandardAmounts.Need(orZero(appraised.membersCovered()),
                orZero(appraised.months()), orZero(appraised.deceasedPersons()),
                appraised.damageGrade() == null ? null : DamageGrade.valueOf(appraised.damageGrade())));
        long amount = request.amountFen() != null ? request.amountFen() : standard;
        if (amount != standard && (request.overrideReason() == null || request.overrideReason().isBlank())) {
            throw new InvalidInput("overrideReason", "an amount other than the standard's " + standard
                    + " fen needs a reason");
        }
        return new DecideCase(c.caseId(), true, request.fundId(), standard, amount,
                inForce.instalmentsOf(c.category()), request.overrideReason(),
                request.opinion(), today, WorkingDays.after(today, periods.payoutWorkingDays()));
    }

    /** 乡镇审核 — passed or rejected today; a rejection says why. */
    public ReviewCase review(UUID caseId, ReviewRequest request) {
        if (request.decision() == Decision.APPROVE) {
            throw new InvalidInput("decision", "must be PASS or REJECT");
        }
        boolean passed = request.decision() == Decision.PASS;
        if (!passed) {
            requireOpinion(request.opinion());
        }
        return new ReviewCase(caseId, passed, request.opinion(), time.today());
    }

    /** 不予救助 — a rejection states its reason (the opinion the household is told). */
    private static void requireOpinion(String opinion) {
        if (opinion == null || opinion.isBlank()) {
            throw new InvalidInput("opinion", "a rejection needs its reason");
        }
    }

    /** 复核 — confirmed today, to be paid within the configured working days ({@link CasePeriods#payoutWorkingDays}). */
    public ConfirmOverride confirmation(UUID caseId) {
        LocalDate today = time.today();
        return new ConfirmOverride(caseId, today, WorkingDays.after(today, periods.payoutWorkingDays()));
    }

    /** Today, in Beijing. */
    public LocalDate today() {
        return time.today();
    }

    private StandardAmounts standardInForce(CaseSubject c, LocalDate day) {
        String county = DivisionCode.of(c.divisionCode()).county().value();
        return standards.inForce(county, c.category(), day)
                .orElseThrow(() -> new DomainRuleViolation("no-standard-in-force", "No standard for "
                        + c.category() + " is in force on " + day, c.category(), day))
                .amounts();
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static void need(boolean ok, String field, String message, List<InvalidInput.FieldError> errors) {
        if (!ok) {
            errors.add(new InvalidInput.FieldError(field, message));
        }
    }
}
