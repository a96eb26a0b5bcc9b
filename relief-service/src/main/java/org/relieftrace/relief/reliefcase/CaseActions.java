package org.relieftrace.relief.reliefcase;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.platform.security.Caller;
import org.relieftrace.platform.security.CurrentCaller;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.platform.time.BeijingTime;
import org.relieftrace.relief.reliefcase.CaseViews.CaseView;

/**
 * 可办事项 — the steps the calling user may take on a case now, by {@link CaseRules}, the rules the case enforces:
 * none for an auditor or outside the caller's division, else those the case's status, the level of the caller's
 * division, their roles and the separation of duties allow.
 */
@ApplicationScoped
public class CaseActions {

    @Inject
    CurrentCaller caller;

    @Inject
    BeijingTime time;

    /** The case with the caller's actions. */
    public CaseView of(CaseView c) {
        return c.withActions(actions(c, caller.get()));
    }

    /** The page of cases, each with the caller's actions. */
    public ListPage<CaseView> of(ListPage<CaseView> page) {
        Caller who = caller.get();
        return page.map(c -> c.withActions(actions(c, who)));
    }

    /** The level of the caller's division, which decides the township and county steps. */
    public static DivisionCode.Level levelOf(Caller who) {
        return who.division() == null || !DivisionCode.isValid(who.division()) ? null
                : DivisionCode.of(who.division()).level();
    }

    private List<String> actions(CaseView c, Caller who) {
        boolean admin = who.hasRole(DivisionAccess.ADMIN);
        boolean inside = admin || who.division() != null && DivisionCode.contains(who.division(), c.divisionCode());
        if (who.hasRole(DivisionAccess.AUDITOR) || !inside) {
            return List.of();
        }
        return CaseRules.actions(c, new CaseRules.Reader(who.username(), who.roles(), levelOf(who), admin),
                time.today());
    }
}
