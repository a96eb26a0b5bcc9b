package org.relieftrace.relief.fund;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.platform.security.Caller;
import org.relieftrace.platform.security.CurrentCaller;
import org.relieftrace.platform.security.DivisionAccess;
import org.relieftrace.relief.fund.FundViews.Apportionment;

/**
 * The verbs the caller may take on a pending apportionment now: {@code approve} and {@code reject}, for a finance
 * user of the fund's county who did not raise it — the rule {@link Fund} enforces on the command.
 */
@ApplicationScoped
public class FundActions {

    @Inject
    CurrentCaller caller;

    /** What the caller may do with the pending apportionment of a fund of {@code countyCode}. */
    public List<String> of(String countyCode, Apportionment apportionment) {
        Caller who = caller.get();
        boolean acts = who.hasRole(DivisionAccess.ADMIN) || who.hasRole("finance") && who.division() != null
                && DivisionCode.isValid(who.division()) && DivisionCode.contains(who.division(), countyCode);
        return acts && Fund.mayDecide(who.userId(), apportionment.raisedBy()) ? List.of("approve", "reject")
                : List.of();
    }
}
