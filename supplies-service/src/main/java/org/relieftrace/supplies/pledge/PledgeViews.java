package org.relieftrace.supplies.pledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the pledge endpoints answer (lists as {@link org.relieftrace.contracts.api.ListPage}). */
public final class PledgeViews {

    private PledgeViews() {
    }

    /** 捐赠承诺的状态: open, everything arrived, or closed. */
    public enum PledgeStatus { OPEN, FULFILLED, CLOSED }

    /**
     * 捐赠承诺 — a pledge with, per item, pledged, received and left; {@code actions} lists the steps the caller may
     * take now ({@code close}).
     */
    public record PledgeView(UUID pledgeId, String donor, String divisionCode, LocalDate expectedOn,
                             PledgeStatus status, List<PledgeLine> lines, String recordedBy, Instant recordedAt,
                             String closedBy, Instant closedAt, String closeReason, List<String> actions) {
    }

    /** One item of a pledge: pledged (承诺数量), received (已到) and left (未到). */
    public record PledgeLine(String itemCode, long pledged, long received, long left) {
    }

    /** What a recorded or closed pledge answers. */
    public record PledgeRecordedAnswer(UUID pledgeId) {
    }
}
