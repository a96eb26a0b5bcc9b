package org.relieftrace.supplies.stock;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.relieftrace.platform.domain.SeparationOfDuties;

/**
 * 冲正规则 — who may ask for and decide the reversal of a receipt or a distribution recorded wrongly, in one place:
 * {@link DepotStock} enforces these, and a reversal's view lists the {@code actions} its caller may take from the same
 * functions. A record is reversed at most once; a reversal waits for a second user's approval or rejection (maker–
 * checker); a receipt can be reversed only while every lot it brought in still holds, unreserved, what it received.
 */
public final class ReversalRules {

    /** The roles that may ask for a reversal (those of {@code POST …/reversal}). */
    public static final Set<String> REQUESTING_ROLES = Set.of("depot-keeper", "supplies-officer", "admin");
    /** The roles that may approve or reject one (those of {@code POST …/reversal/approval} and {@code …/rejection}). */
    public static final Set<String> DECIDING_ROLES = Set.of("supplies-officer", "admin");

    /** The kind of a reversal of a receipt (入库冲正). */
    public static final String RECEIPT = "RECEIPT";
    /** The kind of a reversal of a distribution (分发冲正). */
    public static final String DISTRIBUTION = "DISTRIBUTION";

    /** A reversal's state: none asked for (or the last one rejected), waiting, done. */
    public enum Status { NONE, REQUESTED, REJECTED, REVERSED }

    private ReversalRules() {
    }

    /** A reversal may be asked for when none is waiting and the record was not reversed yet. */
    public static boolean mayRequest(Status status) {
        return status == Status.NONE || status == Status.REJECTED;
    }

    /** A receipt's lot can give back what it received only while that much is on hand and not reserved. */
    public static boolean lotCanGiveBack(long available, long received) {
        return available >= received;
    }

    /**
     * The command verbs ({@code reversal}, {@code approval}, {@code rejection}) a caller may take now.
     *
     * @param status      the record's reversal state
     * @param requestedBy the user id of who asked for the waiting reversal, or null
     * @param reversible  the record can be reversed now (a receipt: every lot still holds, unreserved, what it
     *                    received; see {@link #lotCanGiveBack})
     * @param roles       the caller's roles
     * @param userId      the caller's user id
     * @param actsHere    the caller may act at the depot (division, kept depots, not an auditor)
     */
    public static List<String> actions(Status status, String requestedBy, boolean reversible, Set<String> roles,
                                       String userId, boolean actsHere) {
        List<String> actions = new ArrayList<>();
        if (!actsHere) {
            return actions;
        }
        if (mayRequest(status) && reversible && roles.stream().anyMatch(REQUESTING_ROLES::contains)) {
            actions.add("reversal");
        }
        if (status == Status.REQUESTED && roles.stream().anyMatch(DECIDING_ROLES::contains)
                && SeparationOfDuties.separated(userId, requestedBy)) {
            if (reversible) {
                actions.add("approval");
            }
            actions.add("rejection");
        }
        return actions;
    }
}
