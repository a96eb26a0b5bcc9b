package org.relieftrace.supplies.pledge;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What can be asked of a {@link Pledge}. */
public final class PledgeCommands {

    private PledgeCommands() {
    }

    /** A command to one pledge: it goes to the stream {@link Pledge#streamOf(UUID)}. */
    public interface ToPledge {

        UUID pledgeId();

        @TargetAggregateIdentifier
        default String stream() {
            return Pledge.streamOf(pledgeId());
        }
    }

    /** One item and a quantity: pledged, received or left. */
    public record PledgedQuantity(String itemCode, long quantity) {
    }

    /** 捐赠承诺登记 — record what a donor promised to give a division, and when it is expected. */
    public record RecordPledge(UUID pledgeId, String donor, String divisionCode, LocalDate expectedOn,
                               List<PledgedQuantity> lines) implements ToPledge {
    }

    /**
     * 捐赠入库 — goods a depot in {@code depotDivision} received against the pledge; sent together with the receipt,
     * in one unit of work.
     */
    public record ReceiveAgainstPledge(UUID pledgeId, UUID receiptId, UUID depotId, String depotDivision,
                                       List<PledgedQuantity> lines) implements ToPledge {
    }

    /** 关闭承诺 — close a pledge that will not be given in full (the reason travels as the event's reason). */
    public record ClosePledge(UUID pledgeId) implements ToPledge {
    }
}
