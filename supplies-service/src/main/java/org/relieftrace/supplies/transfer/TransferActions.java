package org.relieftrace.supplies.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.platform.security.AccessDenied;
import org.relieftrace.platform.security.Caller;
import org.relieftrace.platform.security.CurrentCaller;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.supplies.registryfacts.DepotActing;
import org.relieftrace.supplies.registryfacts.RegistryDepotDirectory;
import org.relieftrace.supplies.transfer.TransferViews.TransferView;

/**
 * 可办事项 — the steps the calling user may take on a transfer now, from the same checks the endpoints make (role,
 * division, kept depot) and the same {@link TransferRules} the aggregate enforces (status, voucher once, who
 * requested it does not approve it).
 */
@ApplicationScoped
public class TransferActions {

    private static final List<String> OFFICERS = List.of(RegistryDepotDirectory.SUPPLIES_OFFICER,
            DivisionAccess.ADMIN);
    private static final List<String> MOVERS = List.of(RegistryDepotDirectory.DEPOT_KEEPER,
            RegistryDepotDirectory.SUPPLIES_OFFICER, DivisionAccess.ADMIN);

    @Inject
    CurrentCaller caller;

    @Inject
    DivisionAccess access;

    @Inject
    DepotActing depots;

    /** The view with the caller's actions. */
    public TransferView of(TransferView view) {
        TransferStatus status = TransferStatus.valueOf(view.status());
        List<String> verbs = new ArrayList<>();
        if (hasRole(OFFICERS) && actsIn(TransferRules.approvingDivision(view.fromDivision(), view.toDivision(),
                view.lateral()))) {
            add(verbs, "approve", TransferRules.mayApprove(status)
                    && TransferRules.approverIsNotRequester(caller.get().userId(), view.requestedBy()));
            add(verbs, "reject", TransferRules.mayWithdraw(status));
        }
        if (hasRole(MOVERS)) {
            add(verbs, "cancel", TransferRules.mayWithdraw(status)
                    && (actsIn(view.fromDivision()) || actsIn(view.toDivision())));
            boolean source = keeps(view.fromDepotId());
            add(verbs, "dispatch", TransferRules.mayDispatch(status) && source);
            add(verbs, "voucher", TransferRules.mayFileVoucher(view.dispatchedOn() != null,
                    view.dispatchVoucherFiled()) && source);
            add(verbs, "receive", TransferRules.mayReceive(status) && keeps(view.toDepotId()));
        }
        return view.withActions(verbs);
    }

    private static void add(List<String> verbs, String verb, boolean allowed) {
        if (allowed && !verbs.contains(verb)) {
            verbs.add(verb);
        }
    }

    private boolean hasRole(List<String> roles) {
        Caller who = caller.get();
        return roles.stream().anyMatch(who::hasRole);
    }

    private boolean actsIn(String division) {
        return allowed(() -> access.requireActingIn(division));
    }

    private boolean keeps(UUID depotId) {
        return depots.mayAct(depotId);
    }

    private static boolean allowed(Runnable check) {
        try {
            check.run();
            return true;
        } catch (AccessDenied denied) {
            return false;
        }
    }
}
