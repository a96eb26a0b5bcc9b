package org.relieftrace.cycles.fund;

import org.relieftrace.cycles.reliefcase.ReliefCase;

/** Fixture: One side of a cycle between two feature packages. */
public class Fund {
    public void commit(ReliefCase reliefCase) {
    }
}
