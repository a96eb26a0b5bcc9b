package org.relieftrace.gateway.console.reversal;

import java.util.List;

/**
 * 冲正 — the supplies service's answer about the reversal of a receipt or a distribution as the console reads it:
 * mirrored from the service's view record with only the fields the page uses (the service may answer more).
 */
public final class ReversalViews {

    private ReversalViews() {
    }

    /**
     * A record's reversal: its status (NONE, REQUESTED, REJECTED, REVERSED), who asked and why, who decided and why,
     * and the steps the calling user may take now ({@code reversal}, {@code approval}, {@code rejection}).
     */
    public record ReversalView(String recordId, String kind, String status, String requestedBy, String reason,
                               String decidedBy, String decisionReason, List<String> actions) {

        public ReversalView {
            actions = actions == null ? List.of() : actions;
        }

        /** Whether the service offers the user this step now. */
        public boolean can(String verb) {
            return actions.contains(verb);
        }
    }
}
