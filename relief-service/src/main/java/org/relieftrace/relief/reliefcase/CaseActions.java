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
import org.relieftrace.relief.reliefcase.NoticeViews.NoticeView;

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

    /** The notice with the caller's actions. */
    public NoticeView of(NoticeView n) {
        Caller who = caller.get();
        return n.withActions(acts(who, n.villageCode()) ? CaseRules.noticeActions(n.recordedAfterTheFact(),
                n.confirmedBy(), n.recordedBy(), reader(who)) : List.of());
    }

    /** The level of the caller's division, which decides the township and county steps. */
    public static DivisionCode.Level levelOf(Caller who) {
        return who.division() == null || !DivisionCode.isValid(who.division()) ? null
                : DivisionCode.of(who.division()).level();
    }

    private List<String> actions(CaseView c, Caller who) {
        return acts(who, c.divisionCode()) ? CaseRules.actions(c, reader(who), time.today()) : List.of();
    }

    /** The caller may act in the division at all: inside their own, and not an auditor. */
    private static boolean acts(Caller who, String division) {
        boolean admin = who.hasRole(DivisionAccess.ADMIN);
        boolean inside = admin || who.division() != null && DivisionCode.contains(who.division(), division);
        return inside && !who.hasRole(DivisionAccess.AUDITOR);
    }

    private static CaseRules.Reader reader(Caller who) {
        return new CaseRules.Reader(who.username(), who.roles(), levelOf(who), who.hasRole(DivisionAccess.ADMIN));
    }
}
