package org.relieftrace.supplies.stock;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.relieftrace.platform.domain.DomainRuleViolation;

/** 待审报损 — the write-offs of a depot waiting for their approver, owned by {@link DepotStock}. */
final class WriteOffs {

    /** A write-off waiting for its approver. */
    record Pending(UUID lotId, long quantity, String kind, String requestedBy) {
    }

    private final Map<UUID, Pending> pending = new HashMap<>();

    /** Refuses to write off more of a lot than is available (on hand, not reserved). */
    static void requireAvailable(Lot lot, long quantity) {
        if (quantity > lot.available()) {
            throw new DomainRuleViolation("insufficient-stock", "Only " + lot.available() + " of lot "
                    + lot.lotNumber() + " can be written off", lot.itemCode(), lot.available(), quantity);
        }
    }

    /** The pending write-off {@code approver} may approve; refused if it is not pending or they asked for it. */
    Pending approvable(UUID writeOffId, String approver) {
        Pending waiting = pending.get(writeOffId);
        if (waiting == null) {
            throw new DomainRuleViolation("write-off-not-pending", "Write-off " + writeOffId
                    + " is not waiting for approval", writeOffId);
        }
        WriteOffRules.requireApproverIsNotRequester(writeOffId, waiting.requestedBy(), approver);
        return waiting;
    }

    void requested(UUID writeOffId, Pending waiting) {
        pending.put(writeOffId, waiting);
    }

    void done(UUID writeOffId) {
        pending.remove(writeOffId);
    }
}
