package org.relieftrace.relief.reliefcase;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.relieftrace.relief.reliefcase.NoticeEvents.NoticeEntry;

/** What the public-notice endpoints answer. */
public final class NoticeViews {

    private NoticeViews() {
    }

    /**
     * 公示名单 — a posted list, as it went up. A paper list recorded after the fact is marked
     * ({@code recordedAfterTheFact}) with its document, the reason, the day and the user who recorded it, and who
     * confirmed it, when and why; {@code runsUntil} is the last day of its period by
     * {@link CaseRules#noticeRunsUntil} (from the day it was recorded until a county user confirms it); {@code actions}
     * names {@code confirmation} when the reader may confirm it now ({@link CaseRules#noticeActions}).
     */
    public record NoticeView(UUID noticeId, String villageCode, LocalDate postedOn, LocalDate endsOn,
                             List<NoticeEntry> entries, boolean recordedAfterTheFact, String documentReference,
                             String recordedReason, LocalDate recordedOn, String recordedBy, String confirmedBy,
                             LocalDate confirmedOn, String confirmationReason, LocalDate runsUntil,
                             List<String> actions) {

        public NoticeView {
            actions = actions == null ? List.of() : List.copyOf(actions);
        }

        /** The same notice with the steps its reader may take ({@code confirmation}). */
        public NoticeView withActions(List<String> verbs) {
            return new NoticeView(noticeId, villageCode, postedOn, endsOn, entries, recordedAfterTheFact,
                    documentReference, recordedReason, recordedOn, recordedBy, confirmedBy, confirmedOn,
                    confirmationReason, runsUntil, verbs);
        }
    }

    /** What a posted notice answers. */
    public record NoticeAnswer(UUID noticeId, int cases) {
    }
}
