package org.relieftrace.relief.reliefcase;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

import org.relieftrace.relief.standard.ReliefCategory;

/** The command and event of a public notice (公示). */
public final class NoticeEvents {

    private NoticeEvents() {
    }

    /** One line of a posted list: who, what, how much. */
    public record NoticeEntry(UUID caseId, UUID householdId, String headName, ReliefCategory category,
                              String period, int membersCovered, int months, long proposedAmountFen) {
    }

    /** Post a village's list. */
    public record PostNotice(UUID noticeId, String villageCode, LocalDate postedOn, LocalDate endsOn,
                             List<NoticeEntry> entries) {
        @TargetAggregateIdentifier
        public String stream() {
            return PublicNotice.streamOf(noticeId);
        }
    }

    /** 公示 — a village's list was posted, as this snapshot, from {@code postedOn} until {@code endsOn}. */
    @Revision("1")
    public record NoticePosted(UUID noticeId, String villageCode, LocalDate postedOn, LocalDate endsOn,
                               List<NoticeEntry> entries) {
    }
}
