package org.relieftrace.relief.reliefcase;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.relieftrace.relief.reliefcase.NoticeEvents.NoticeEntry;

/** What the public-notice endpoints answer. */
public final class NoticeViews {

    private NoticeViews() {
    }

    /** 公示名单 — a posted list, as it went up. */
    public record NoticeView(UUID noticeId, String villageCode, LocalDate postedOn, LocalDate endsOn,
                             List<NoticeEntry> entries) {
    }

    /** What a posted notice answers. */
    public record NoticeAnswer(UUID noticeId, int cases) {
    }
}
