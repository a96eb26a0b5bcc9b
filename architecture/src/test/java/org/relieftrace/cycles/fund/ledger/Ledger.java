package org.relieftrace.cycles.fund.ledger;

import org.relieftrace.cycles.fund.Fund;

/** Fixture: a sub-package of a feature that depends back on its parent package. */
public class Ledger {
    public void book(Fund fund) {
    }
}
