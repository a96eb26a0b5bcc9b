package org.relieftrace.relief.reliefcase;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.relieftrace.relief.standard.DamageGrade;
import org.relieftrace.relief.standard.ReliefCategory;

/** The commands of a relief case (救助案件); the acting user comes with the command's metadata. */
public final class CaseCommands {

    private CaseCommands() {
    }

    /** A command to one relief case: it goes to the stream {@link ReliefCase#streamOf(UUID)}. */
    public interface ToCase {

        UUID caseId();

        @TargetAggregateIdentifier
        default String stream() {
            return ReliefCase.streamOf(caseId());
        }
    }

    /** The one case id for a household, category, disaster and period: a second case meets the first's stream. */
    public static UUID caseIdOf(UUID householdId, ReliefCategory category, UUID disasterId, String period) {
        return UUID.nameUUIDFromBytes(("relief-case|" + householdId + "|" + category + "|" + disasterId + "|"
                + period).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * 申请 / 提名 — a household applies, or the village nominates it; {@code parties} are the persons the case names
     * as the registry recorded them ({@link CategoryRules}).
     */
    public record OpenCase(UUID caseId, UUID householdId, String divisionCode, ReliefCategory category,
                           UUID disasterId, String period, UUID beneficiaryPersonId, CaseOrigin origin,
                           String statement, CategoryRules.Parties parties) {

        /** A case whose persons are taken as the registry's facts gave them: a living head, no deceased named. */
        public OpenCase(UUID caseId, UUID householdId, String divisionCode, ReliefCategory category, UUID disasterId,
                        String period, UUID beneficiaryPersonId, CaseOrigin origin, String statement) {
            this(caseId, householdId, divisionCode, category, disasterId, period, beneficiaryPersonId, origin,
                    statement, new CategoryRules.Parties(beneficiaryPersonId, null, null, null, null));
        }

        @TargetAggregateIdentifier
        public String stream() {
            return ReliefCase.streamOf(caseId);
        }
    }

    /** 民主评议 — the village committee's democratic appraisal, with the amount the standard gives. */
    public record AppraiseCase(UUID caseId, int membersCovered, int months, int deceasedPersons,
                               DamageGrade damageGrade, String minutesReference, LocalDate appraisedOn,
                               long proposedAmountFen) implements ToCase {
    }

    /**
     * 公示 — the case is on the village's posted list from {@code postedOn} until {@code endsOn}; {@code recordedOn}
     * for a paper list recorded after the fact, else {@code null}.
     */
    public record PutOnNotice(UUID caseId, UUID noticeId, LocalDate postedOn, LocalDate endsOn,
                              LocalDate recordedOn) {

        /** On a list posted by the server. */
        public PutOnNotice(UUID caseId, UUID noticeId, LocalDate postedOn, LocalDate endsOn) {
            this(caseId, noticeId, postedOn, endsOn, null);
        }

        @TargetAggregateIdentifier
        public String stream() {
            return ReliefCase.streamOf(caseId);
        }
    }

    /** 异议 — someone objects to the case while it is posted. */
    public record RaiseObjection(UUID caseId, UUID objectionId, String objector, String content) implements ToCase {
    }

    /** 异议处理 — the objection was looked into: upheld sends the case back to the village. */
    public record ResolveObjection(UUID caseId, UUID objectionId, boolean upheld, String finding) implements ToCase {
    }

    /** 乡镇审核 — the township passes or rejects the case after its notice ran out clean. */
    public record ReviewCase(UUID caseId, boolean passed, String opinion, LocalDate reviewedOn) implements ToCase {
    }

    /**
     * 县级审批 — the county approves (from a fund, at the standard's amount or an override) or rejects. An amount
     * other than the standard's needs a reason and a second approver ({@link ConfirmOverride}); the standard in force
     * on the decision date says in how many instalments it is paid.
     */
    public record DecideCase(UUID caseId, boolean approve, UUID fundId, long standardAmountFen, long amountFen,
                             int instalments, String overrideReason, String opinion, LocalDate decidedOn,
                             LocalDate payoutDue) implements ToCase {
    }

    /** 复核 — a second county approver confirms an overridden amount. */
    public record ConfirmOverride(UUID caseId, LocalDate confirmedOn, LocalDate payoutDue) implements ToCase {
    }

    /**
     * 县级审批 as one unit of work ({@link CaseApproval}): the county's decision on the case and, when it approves the
     * standard's amount, the commitment of that amount from the fund — both or neither.
     */
    public record ApproveInCounty(DecideCase decision) {
    }

    /**
     * 复核 as one unit of work ({@link CaseApproval}): the second approver's confirmation of an overridden amount and
     * the commitment of that amount from the fund — both or neither.
     */
    public record ConfirmInCounty(ConfirmOverride confirmation) {
    }

    /** How a case began. */
    public enum CaseOrigin {
        /** 户报: the household applied. */
        APPLICATION,
        /** 村提名: the village group nominated the household. */
        NOMINATION
    }
}
