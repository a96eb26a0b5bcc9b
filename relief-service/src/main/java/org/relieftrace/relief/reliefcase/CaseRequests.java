package org.relieftrace.relief.reliefcase;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.relieftrace.relief.reliefcase.CaseCommands.CaseOrigin;
import org.relieftrace.relief.standard.DamageGrade;
import org.relieftrace.relief.standard.ReliefCategory;

/** The bodies of the relief-case endpoints. */
public final class CaseRequests {

    private CaseRequests() {
    }

    /** {@code POST /cases}: 申请 / 提名. */
    @Schema(name = "CaseRequest", description = "申请 / 提名 — a household applies or is nominated by the village")
    public record CaseRequest(
            @NotNull UUID householdId,
            @NotNull ReliefCategory category,
            @NotNull UUID disasterId,
            @NotNull @Pattern(regexp = "\\d{4}(-(0[1-9]|1[0-2]))?", message = "must be a year (2026) or a month"
                    + " (2026-07)") String period,
            @Schema(description = "for per-person money: the person it is for, paid to their own card")
            UUID beneficiaryPersonId,
            @Schema(description = "CONDOLENCE only: the member of the household whose recorded death the case is for;"
                    + " the money goes to a living member (the beneficiary, else the head)")
            UUID deceasedPersonId,
            @NotNull CaseOrigin origin,
            @Size(max = 1000) String statement,
            @Size(max = 500) String reason) {
    }

    /** {@code POST /cases/{id}/village-assessment}: 民主评议. */
    @Schema(name = "AppraisalRequest", description = "民主评议 — the village committee's appraisal")
    public record AppraisalRequest(
            @Min(0) @Max(50) int membersCovered,
            @Min(0) @Max(24) int months,
            @Min(0) @Max(50) int deceasedPersons,
            DamageGrade damageGrade,
            @NotBlank @Size(max = 200) @Schema(description = "the meeting minutes (会议记录)") String minutesReference,
            @NotNull @Schema(description = "the day of the meeting") LocalDate appraisedOn,
            @Size(max = 500) String reason) {
    }

    /**
     * {@code POST /public-notices}: 公示 — post a village's appraised cases, dated by the server. A {@code postedOn} is
     * refused: a list put up earlier is recorded after the fact ({@link PaperNoticeRequest}).
     */
    @Schema(name = "NoticeRequest", description = "公示 — post the village's appraised cases as a list, dated today by"
            + " the server")
    public record NoticeRequest(
            @NotNull @Pattern(regexp = "\\d{9}[0-9]{3}", message = "must be a 12-digit division code")
            String villageCode,
            @Null(message = "is set by the server (the day the list is posted); record a list put up earlier with"
                    + " POST /api/relief/public-notices/paper") @Schema(hidden = true) LocalDate postedOn,
            @Min(1) @Max(60) @Schema(description = "days on notice, at least the configured minimum (7 by default);"
                    + " the configured default when absent") Integer days,
            @Size(max = 500) String reason) {
    }

    /** {@code POST /public-notices/paper}: 补录 — record a paper list put up in the village earlier. */
    @Schema(name = "PaperNoticeRequest", description = "补录 — a paper list put up earlier, recorded after the fact:"
            + " it counts from the day it is recorded until a county user confirms it")
    public record PaperNoticeRequest(
            @NotNull @Pattern(regexp = "\\d{9}[0-9]{3}", message = "must be a 12-digit division code")
            String villageCode,
            @NotNull @Schema(description = "the day the paper list went up in the village") LocalDate postedOn,
            @Min(1) @Max(60) @Schema(description = "days on notice, at least the configured minimum (7 by default);"
                    + " the configured default when absent") Integer days,
            @NotBlank @Size(max = 200) @Schema(description = "the document the list is on (photo, scan, register"
                    + " number)") String documentReference,
            @NotBlank @Size(max = 500) @Schema(description = "why the list is recorded after the fact") String reason) {
    }

    /** {@code POST /public-notices/{id}/confirmation}: 补录确认 — a county user confirms a paper list. */
    @Schema(name = "NoticeConfirmationRequest")
    public record NoticeConfirmationRequest(
            @NotBlank @Size(max = 500) @Schema(description = "why the paper list is taken as having run from the day"
                    + " it went up") String reason) {
    }

    /** {@code POST /cases/{id}/objections}: 异议. */
    @Schema(name = "ObjectionRequest")
    public record ObjectionRequest(@NotBlank @Size(max = 100) String objector,
                                   @NotBlank @Size(max = 2000) String content,
                                   @Size(max = 500) String reason) {
    }

    /** {@code POST /cases/{id}/objections/{objectionId}/resolution}: 异议处理. */
    @Schema(name = "ObjectionResolution")
    public record ResolutionRequest(@NotNull Boolean upheld, @NotBlank @Size(max = 2000) String finding,
                                    @Size(max = 500) String reason) {
    }

    /** {@code POST /cases/{id}/township-review}: 乡镇审核. */
    @Schema(name = "ReviewRequest")
    public record ReviewRequest(@NotNull Decision decision,
                                @Size(max = 2000) @Schema(description = "why: required for REJECT") String opinion,
                                @Size(max = 500) String reason) {
    }

    /** {@code POST /cases/{id}/county-approval}: 县级审批. */
    @Schema(name = "ApprovalRequest", description = "县级审批 — the amount is the standard's unless overridden with a"
            + " reason (then a second approver confirms)")
    public record ApprovalRequest(@NotNull Decision decision,
                                  @Schema(description = "the fund the money is committed from") UUID fundId,
                                  @Positive Long amountFen,
                                  @Size(max = 1000) String overrideReason,
                                  @Size(max = 2000) @Schema(description = "why: required for REJECT")
                                  String opinion,
                                  @Size(max = 500) String reason) {
    }

    /** A body that only says why. */
    @Schema(name = "ReasonRequest")
    public record ReasonRequest(@Size(max = 500) String reason) {
    }

    /** A decision on a case. */
    public enum Decision {
        PASS, APPROVE, REJECT
    }
}
