package org.relieftrace.cycles.fund;

import org.relieftrace.cycles.fund.ledger.Ledger;
import org.relieftrace.cycles.reliefcase.ReliefCase;

/** Fixture: One side of a cycle between two feature packages. */
public class Fund {
    private final Ledger ledger = new Ledger();

    public void commit(ReliefCase reliefCase) {
        ledger.book(this);
    }
}
