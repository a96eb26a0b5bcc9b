package org.relieftrace.registry.division;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What can be asked of a {@link Division}. */
public final class DivisionCommands {

    private DivisionCommands() {
    }

    /** 登记行政区划 — enter a division into the registry under its 12-digit code. */
    public record RegisterDivision(@TargetAggregateIdentifier String code, String name, DivisionLevel level,
                                   String parentCode) {
    }
}
