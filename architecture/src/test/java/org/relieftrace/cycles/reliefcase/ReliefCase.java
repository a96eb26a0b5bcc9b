package org.relieftrace.cycles.reliefcase;

import org.relieftrace.cycles.fund.Fund;

/** Fixture: The other side of the cycle. */
public class ReliefCase {
    public void approve(Fund fund) {
        fund.commit(this);
    }
}
