package org.relieftrace.supplies.stock;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.relieftrace.platform.domain.SeparationOfDuties;

/**
 * 报损规则 — who may approve a write-off, in one place: {@link DepotStock} enforces these when an approval arrives,
 * and a write-off's view lists the {@code actions} its caller may take from the same functions. A write-off waits
 * for approval until it is approved, and is approved by a supplies officer or admin other than who asked for it.
 */
public final class WriteOffRules {

    /** The roles that may approve a write-off (those of {@code POST …/write-offs/{id}/approve}). */
    public static final Set<String> APPROVING_ROLES = Set.of("supplies-officer", "admin");

    private WriteOffRules() {
    }

    /** Separation of duties (职责分离): who asked for the write-off does not approve it; refused with 409. */
    static void requireApproverIsNotRequester(UUID writeOffId, String requestedBy, String approver) {
        SeparationOfDuties.require(approver, approver, "write-off " + writeOffId, "approve", requestedBy);
    }

    /**
     * The command verbs ({@code approve}) a caller may take on a write-off now.
     *
     * @param pending     the write-off waits for approval
     * @param requestedBy the user id of who asked for it
     * @param roles       the caller's roles
     * @param userId      the caller's user id
     * @param actsHere    the caller may act at the write-off's depot (division, kept depots, not an auditor)
     */
    public static List<String> actions(boolean pending, String requestedBy, Set<String> roles, String userId,
                                       boolean actsHere) {
        boolean approve = actsHere && pending && roles.stream().anyMatch(APPROVING_ROLES::contains)
                && SeparationOfDuties.separated(userId, requestedBy);
        return approve ? List.of("approve") : List.of();
    }
}
