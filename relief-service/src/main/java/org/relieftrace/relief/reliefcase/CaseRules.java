package org.relieftrace.relief.reliefcase;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.platform.domain.SeparationOfDuties;
import org.relieftrace.relief.reliefcase.CaseViews.CaseView;

/**
 * 办理规则 — the rules of a relief case's steps as plain functions: in which status a step may be taken, at which level
 * of division and by whom. The {@link ReliefCase} aggregate enforces them on its commands; a case view lists, with
 * the same functions, the steps ({@link #actions}) its reader may take now.
 */
public final class CaseRules {

    /** The verbs of a case's steps: the last path segment of each step's endpoint. */
    public static final String APPRAISE = "village-assessment";
    public static final String OBJECT = "objections";
    public static final String RESOLVE = "resolution";
    public static final String REVIEW = "township-review";
    public static final String APPROVE = "county-approval";
    public static final String CONFIRM = "confirmation";
    public static final String REISSUE = "reissue";

    private static final Set<String> CIVIL_AFFAIRS = Set.of("civil-affairs", "admin");
    private static final Set<String> SECOND_APPROVERS = Set.of("civil-affairs", "finance", "admin");
    private static final Set<String> PAYERS = Set.of("finance", "civil-affairs", "admin");

    private CaseRules() {
    }

    /** 民主评议 — a case is appraised while open, again after it was sent back, or anew before it is posted. */
    public static boolean appraisable(CaseStatus status) {
        return status == CaseStatus.OPEN || status == CaseStatus.RETURNED || status == CaseStatus.APPRAISED;
    }

    /** 异议 — objections are raised against a posted case only. */
    public static boolean objectable(CaseStatus status) {
        return status == CaseStatus.ON_NOTICE;
    }

    /** 乡镇审核 — a posted case whose notice ran its full period and has no open objection. */
    public static boolean reviewable(CaseStatus status, LocalDate noticeEndsOn, int openObjections, LocalDate on) {
        return status == CaseStatus.ON_NOTICE && noticeComplete(noticeEndsOn, on) && openObjections == 0;
    }

    /**
     * 公示期 — the last day of a case's notice period: the list's end, or for a paper list recorded after the fact
     * ({@code recordedOn}) that no county user confirmed, as many days after it was recorded as the list runs.
     */
    public static LocalDate noticeRunsUntil(LocalDate postedOn, LocalDate endsOn, LocalDate recordedOn,
                                            boolean confirmed) {
        if (endsOn == null || recordedOn == null || confirmed) {
            return endsOn;
        }
        LocalDate fromRecording = recordedOn.plusDays(ChronoUnit.DAYS.between(postedOn, endsOn));
        return fromRecording.isAfter(endsOn) ? fromRecording : endsOn;
    }

    /** The notice ran its full period on {@code on}. */
    public static boolean noticeComplete(LocalDate noticeEndsOn, LocalDate on) {
        return noticeEndsOn != null && !on.isBefore(noticeEndsOn);
    }

    /** 县级审批 — a case the township passed. */
    public static boolean approvable(CaseStatus status) {
        return status == CaseStatus.REVIEWED;
    }

    /** 复核 — an overridden amount waits for its second approver. */
    public static boolean confirmable(CaseStatus status) {
        return status == CaseStatus.AWAITING_SECOND_APPROVAL;
    }

    /** 补发 — only a failed payment is reissued. */
    public static boolean reissuable(String paymentStatus) {
        return "FAILED".equals(paymentStatus);
    }

    /** 职责分离 — the actor took none of the earlier steps (absent steps are nobody's): {@link SeparationOfDuties}. */
    public static boolean separated(String actor, String... earlierSteps) {
        return SeparationOfDuties.separated(actor, earlierSteps);
    }

    /** The levels of division whose staff review a case: the township's, or the county's. */
    public static boolean reviewsAt(DivisionCode.Level level) {
        return level == DivisionCode.Level.TOWNSHIP || level == DivisionCode.Level.COUNTY;
    }

    /** The level of division whose staff approve a case, and confirm an overridden amount: the county's. */
    public static boolean approvesAt(DivisionCode.Level level) {
        return level == DivisionCode.Level.COUNTY;
    }

    /**
     * 补录确认 — a paper list recorded after the fact is confirmed once, by county civil-affairs staff other than the
     * user who recorded it: the steps the reader may take on a notice now.
     */
    public static List<String> noticeActions(boolean recordedAfterTheFact, String confirmedBy, String recordedBy,
                                             Reader reader) {
        boolean confirmable = recordedAfterTheFact && confirmedBy == null;
        return confirmable && reader.hasAny(CIVIL_AFFAIRS) && reader.atLevel(CaseRules::approvesAt)
                && separated(reader.username(), recordedBy) ? List.of(CONFIRM) : List.of();
    }

    /**
     * Who reads the case: their name, roles and the level of their division ({@code null} for none); {@code admin}
     * is an administrator working at every level.
     */
    public record Reader(String username, Set<String> roles, DivisionCode.Level level, boolean admin) {

        boolean hasAny(Set<String> wanted) {
            return roles.stream().anyMatch(wanted::contains);
        }

        boolean atLevel(java.util.function.Predicate<DivisionCode.Level> rule) {
            return admin || level != null && rule.test(level);
        }
    }

    /**
     * The steps the reader may take on the case now, by the rules above; the caller has checked that the reader may
     * act in the case's division at all (an auditor never does).
     */
    public static List<String> actions(CaseView c, Reader reader, LocalDate today) {
        List<String> verbs = new ArrayList<>();
        boolean civil = reader.hasAny(CIVIL_AFFAIRS);
        String me = reader.username();
        if (civil && appraisable(c.status())) {
            verbs.add(APPRAISE);
        }
        if (civil && objectable(c.status())) {
            verbs.add(OBJECT);
        }
        if (civil && c.openObjections() > 0) {
            verbs.add(RESOLVE);
        }
        if (civil && reviewable(c.status(), c.noticeRunsUntil(), c.openObjections(), today)
                && reader.atLevel(CaseRules::reviewsAt) && separated(me, c.proposedBy(), c.appraisedBy())) {
            verbs.add(REVIEW);
        }
        if (civil && approvable(c.status()) && reader.atLevel(CaseRules::approvesAt)
                && separated(me, c.proposedBy(), c.appraisedBy(), c.reviewedBy())) {
            verbs.add(APPROVE);
        }
        if (reader.hasAny(SECOND_APPROVERS) && confirmable(c.status()) && reader.atLevel(CaseRules::approvesAt)
                && separated(me, c.proposedBy(), c.appraisedBy(), c.reviewedBy(), c.approvedBy())) {
            verbs.add(CONFIRM);
        }
        if (reader.hasAny(PAYERS) && reissuable(c.paymentStatus())) {
            verbs.add(REISSUE);
        }
        return verbs;
    }
}
