package org.relieftrace.gateway.console.writeoff;

import java.util.List;

/**
 * 报损 — the supplies service's answers about write-offs as the console reads them: mirrored from the service's view
 * records with only the fields the pages use (the service may answer more).
 */
public final class WriteOffViews {

    private WriteOffViews() {
    }

    /** The kinds of write-off the API takes: the choices of the request form. */
    public enum Kind { EXPIRED, DAMAGED, LOST }

    /** 报损单 — a write-off with who asked and approved, and the steps the calling user may take now ({@code approve}). */
    public record WriteOffView(String writeOffId, String lotId, long quantity, String kind, String requestedBy,
                               String approvedBy, String status, List<String> actions) {

        public WriteOffView {
            actions = actions == null ? List.of() : actions;
        }
    }
}
