package org.relieftrace.supplies.pledge;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.axonframework.serialization.Revision;

import org.relieftrace.supplies.pledge.PledgeCommands.PledgedQuantity;

/** What happened to a pledge (捐赠承诺). */
public final class PledgeEvents {

    private PledgeEvents() {
    }

    /** 捐赠承诺 — a donor promised these goods to a division, expected on a day (null: not said). */
    @Revision("1")
    public record PledgeRecorded(UUID pledgeId, String donor, String divisionCode, LocalDate expectedOn,
                                 List<PledgedQuantity> lines) {
    }

    /** 捐赠入库 — goods of the pledge arrived at a depot by one receipt. */
    @Revision("1")
    public record PledgeReceived(UUID pledgeId, UUID receiptId, UUID depotId, List<PledgedQuantity> lines) {
    }

    /** 承诺关闭 — the pledge is closed; {@code unreceived} is what will not come (the why is the event's reason). */
    @Revision("1")
    public record PledgeClosed(UUID pledgeId, List<PledgedQuantity> unreceived) {
    }
}
