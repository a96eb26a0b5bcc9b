package org.relieftrace.relief.reliefcase;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

import org.relieftrace.relief.standard.ReliefCategory;

/**
 * The commands and events of a public notice (公示): a list the server dates the day it is posted, or a paper list
 * recorded after the fact, which a county user may confirm.
 */
public final class NoticeEvents {

    private NoticeEvents() {
    }

    /** A command to one public notice: it goes to the stream {@link PublicNotice#streamOf(UUID)}. */
    public interface ToNotice {

        UUID noticeId();

        @TargetAggregateIdentifier
        default String stream() {
            return PublicNotice.streamOf(noticeId());
        }
    }

    /** One line of a posted list: who, what, how much. */
    public record NoticeEntry(UUID caseId, UUID householdId, String headName, ReliefCategory category,
                              String period, int membersCovered, int months, long proposedAmountFen) {
    }

    /**
     * 补录 — a paper list put up in the village before it was recorded: the document it is on, why it is recorded
     * late, and the day it was recorded.
     */
    public record PaperRecord(String documentReference, String reason, LocalDate recordedOn) {
    }

    /**
     * Post a village's list for {@code days} (at least {@code minimumDays}, the configured minimum for the village);
     * {@code paper} for a list recorded after the fact, else {@code null}.
     */
    public record PostNotice(UUID noticeId, String villageCode, LocalDate postedOn, int days, int minimumDays,
                             List<NoticeEntry> entries, PaperRecord paper) implements ToNotice {

        /** The last day of the period as posted. */
        public LocalDate endsOn() {
            return postedOn.plusDays(days);
        }
    }

    /** 补录确认 — a county user confirms a list recorded after the fact, with the reason, on {@code confirmedOn}. */
    public record ConfirmNotice(UUID noticeId, String reason, LocalDate confirmedOn) implements ToNotice {
    }

    /** What a confirmation answers: the cases on the list, which now count its period from the day it went up. */
    public record ConfirmedNotice(UUID noticeId, LocalDate endsOn, List<UUID> caseIds) {
    }

    /** A case on a confirmed list counts the list's period from the day it went up (until {@code endsOn}). */
    public record ConfirmCaseNotice(UUID caseId, UUID noticeId, LocalDate endsOn) {
        @TargetAggregateIdentifier
        public String stream() {
            return ReliefCase.streamOf(caseId);
        }
    }

    /**
     * 公示 — a village's list was posted, as this snapshot, from {@code postedOn} until {@code endsOn}. A list
     * recorded after the fact says so ({@code recordedAfterTheFact}) with its document, the reason and the day it was
     * recorded, and by whom; these are absent from lists posted before they existed (an ordinary list).
     */
    @Revision("1")
    public record NoticePosted(UUID noticeId, String villageCode, LocalDate postedOn, LocalDate endsOn,
                               List<NoticeEntry> entries, Boolean recordedAfterTheFact, String documentReference,
                               String recordedReason, LocalDate recordedOn, String recordedBy,
                               String recordedByName) {

        /** An ordinary list, dated by the server. */
        public NoticePosted(UUID noticeId, String villageCode, LocalDate postedOn, LocalDate endsOn,
                            List<NoticeEntry> entries) {
            this(noticeId, villageCode, postedOn, endsOn, entries, null, null, null, null, null, null);
        }

        /** True for a paper list recorded after the fact. */
        public boolean paper() {
            return Boolean.TRUE.equals(recordedAfterTheFact);
        }
    }

    /** 补录确认 — a county user confirmed a list recorded after the fact: its period counts from the day it went up. */
    @Revision("1")
    public record NoticeConfirmed(UUID noticeId, String reason, LocalDate confirmedOn, String by, String byName) {
    }

    /** The case's list, recorded after the fact, was confirmed: its notice runs until {@code endsOn}. */
    @Revision("1")
    public record CaseNoticeConfirmed(UUID caseId, UUID noticeId, LocalDate endsOn, String by, String byName) {
    }
}
