package org.relieftrace.supplies.distribution;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/** The commands and events of a household's allowance per disaster (户均限额), across all depots. */
public final class AllowanceMessages {

    private AllowanceMessages() {
    }

    /** Claims part of the allowance for one distribution, in the unit of work in which the depot issues the goods. */
    public record ClaimAllowance(@TargetAggregateIdentifier String allowanceId, UUID householdId, UUID disasterId,
                                 UUID distributionId, String itemCode, long quantity, long limit) {
    }

    /** Gives a claim back: the distribution it was made for did not happen. */
    public record ReleaseAllowance(@TargetAggregateIdentifier String allowanceId, UUID distributionId) {
    }

    /** Part of the household's allowance is taken by a distribution (from any depot). */
    @Revision("1")
    public record AllowanceClaimed(String allowanceId, UUID householdId, UUID disasterId, UUID distributionId,
                                   String itemCode, long quantity) {
    }

    /** A claim was given back: its distribution failed. */
    @Revision("1")
    public record AllowanceReleased(String allowanceId, UUID distributionId, String itemCode, long quantity) {
    }

    /** The aggregate identifier of a household's allowance for a disaster. */
    public static String allowanceId(UUID householdId, UUID disasterId) {
        return "allowance:" + householdId + ":" + disasterId;
    }
}
