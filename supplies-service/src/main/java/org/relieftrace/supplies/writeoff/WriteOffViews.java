package org.relieftrace.supplies.writeoff;

import java.util.List;
import java.util.UUID;

/** What the write-off endpoints answer. */
public final class WriteOffViews {

    private WriteOffViews() {
    }

    /** What a write-off command answers. */
    public record WriteOffCreated(UUID writeOffId) {
    }

    /**
     * 报损单 — one write-off and where it stands ({@code REQUESTED}, {@code WRITTEN_OFF}); {@code actions} are the
     * verbs ({@code approve}) the caller may take on it now.
     */
    public record WriteOffView(UUID writeOffId, UUID lotId, long quantity, String kind, String requestedBy,
                               String approvedBy, String status, List<String> actions) {
    }
}
