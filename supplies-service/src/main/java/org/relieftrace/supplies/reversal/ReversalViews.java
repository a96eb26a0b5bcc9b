package org.relieftrace.supplies.reversal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the reversal endpoints answer. */
public final class ReversalViews {

    private ReversalViews() {
    }

    /** What the reversal commands answer: the record whose reversal was asked for or decided. */
    public record ReversalRef(UUID recordId) {
    }

    /**
     * 冲正 — the reversal of a receipt or a distribution: {@code NONE} (never asked for), {@code REQUESTED} (waiting for
     * a second user), {@code REJECTED} or {@code REVERSED}, who asked and why, who decided and why; {@code actions}
     * are the verbs ({@code reversal}, {@code approval}, {@code rejection}) the caller may take now.
     */
    public record ReversalView(UUID recordId, String kind, String status, String requestedBy, String reason,
                               Instant requestedAt, String decidedBy, String decisionReason, Instant decidedAt,
                               List<String> actions) {
    }
}
