package org.relieftrace.supplies.stock;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.relieftrace.platform.domain.SeparationOfDuties;

/**
 * 盘点规则 — who may do what with a count session, in one place: {@link DepotStock} enforces these when a count or
 * an approval arrives, and a stocktake's view lists the {@code actions} its caller may take from the same functions.
 * A session is open from its start until it is approved; it can be approved once counted, by someone other than who
 * counted, by someone who neither opened nor counted it (separation of duties, 职责分离). Keepers, supplies officers and
 * admins count; supplies officers and admins approve.
 */
public final class StocktakeRules {

    /** The roles that may record a count (those of {@code POST …/stocktakes/{id}/counts}). */
    public static final Set<String> COUNTING_ROLES = Set.of("depot-keeper", "supplies-officer", "admin");
    /** The roles that may approve a count (those of {@code POST …/stocktakes/{id}/approve}). */
    public static final Set<String> APPROVING_ROLES = Set.of("supplies-officer", "admin");

    private StocktakeRules() {
    }

    /** A count may be recorded while the session is open. */
    public static boolean mayCount(boolean open) {
        return open;
    }

    /** A session can be approved once someone counted it. */
    public static boolean isCounted(String countedBy) {
        return countedBy != null;
    }

    /** The user ids that opened or counted a session: none of them approves it (nulls are skipped). */
    public static String[] makers(String startedBy, Collection<String> counters) {
        return Stream.concat(Stream.of(startedBy), counters.stream()).toArray(String[]::new);
    }

    /**
     * The command verbs ({@code counts}, {@code approve}) a caller may take on a session now.
     *
     * @param open       the session is not yet approved
     * @param startedBy  the user id of who opened it, or null
     * @param counters   the user ids of who counted (empty before a count)
     * @param roles      the caller's roles
     * @param userId     the caller's user id
     * @param actsHere   the caller may act at the session's depot (division, kept depots, not an auditor)
     */
    public static List<String> actions(boolean open, String startedBy, Collection<String> counters,
                                       Set<String> roles, String userId, boolean actsHere) {
        List<String> actions = new ArrayList<>();
        if (!actsHere) {
            return actions;
        }
        if (roles.stream().anyMatch(COUNTING_ROLES::contains) && mayCount(open)) {
            actions.add("counts");
        }
        if (roles.stream().anyMatch(APPROVING_ROLES::contains) && open && !counters.isEmpty()
                && SeparationOfDuties.separated(userId, makers(startedBy, counters))) {
            actions.add("approve");
        }
        return actions;
    }
}
