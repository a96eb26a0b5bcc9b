package org.relieftrace.supplies.request;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.platform.security.AccessDenied;
import org.relieftrace.platform.security.Caller;
import org.relieftrace.platform.security.CurrentCaller;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.supplies.registryfacts.RegistryDepotDirectory;
import org.relieftrace.supplies.request.SupplyRequestViews.RequestView;

/**
 * 可办事项 — who may decide a supply request (需求申报), and the decisions the calling user may take on one now: a
 * supplies officer of a division above the requester, inside whose division it lies; approval only by the division
 * whose turn it is, by someone who neither submitted nor approved it before ({@link ApprovalTiers}), as the aggregate
 * enforces.
 */
@ApplicationScoped
public class SupplyRequestActions {

    @Inject
    CurrentCaller caller;

    @Inject
    DivisionAccess access;

    /** The caller's division, which must lie above {@code requestDivision}; refused otherwise. */
    public String decider(String requestDivision) {
        String division = caller.get().division();
        access.requireActingIn(requestDivision);
        if (division == null || division.equals(requestDivision)) {
            throw new AccessDenied("a request is approved by a tier above the requester");
        }
        return division;
    }

    /** The view with the caller's actions. */
    public RequestView of(RequestView view) {
        List<String> verbs = new ArrayList<>();
        Caller who = caller.get();
        boolean officer = who.hasRole(RegistryDepotDirectory.SUPPLIES_OFFICER) || who.hasRole(DivisionAccess.ADMIN);
        if (officer && ApprovalTiers.open(view.status()) && mayDecide(view.divisionCode())) {
            if (who.division().equals(view.awaitingDivision())
                    && ApprovalTiers.separated(who.userId(), view.submittedBy(), view.approvers())) {
                verbs.add("approve");
            }
            verbs.add("reject");
        }
        return view.withActions(verbs);
    }

    private boolean mayDecide(String requestDivision) {
        try {
            decider(requestDivision);
            return true;
        } catch (AccessDenied denied) {
            return false;
        }
    }
}
