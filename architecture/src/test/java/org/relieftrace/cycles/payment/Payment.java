package org.relieftrace.cycles.payment;

import org.relieftrace.cycles.fund.Fund;

/** Depends on a slice of the cycle without being part of it. */
public class Payment {
    public void pay(Fund fund) {
    }
}
