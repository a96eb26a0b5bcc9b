package org.relieftrace.supplies.distribution;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/** The command and event of a household limit per disaster (户均限额), set by a county officer. */
public final class HouseholdLimitMessages {

    private HouseholdLimitMessages() {
    }

    /** Sets how much of an item one household may receive for one disaster, across all depots. */
    public record SetHouseholdLimit(@TargetAggregateIdentifier String limitId, UUID disasterId, String itemCode,
                                    long quantity) {
    }

    /** The limit of an item per household for a disaster was set; {@code previous}: the one it replaced, if any. */
    @Revision("1")
    public record HouseholdLimitSet(String limitId, UUID disasterId, String itemCode, long quantity, Long previous) {
    }

    /** The aggregate identifier of the limit of an item for a disaster. */
    public static String limitId(UUID disasterId, String itemCode) {
        return "household-limit:" + disasterId + ":" + itemCode;
    }
}
