package org.relieftrace.relief.standard;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 制定救助标准 — a county sets a new version of its standard for a category, in force from a date. */
public record SetStandard(String countyCode, ReliefCategory category, LocalDate effectiveFrom,
                          StandardAmounts amounts, String documentNumber) {

    /** The stream of the county's standard for the category. */
    @TargetAggregateIdentifier
    public String stream() {
        return ReliefStandard.streamOf(countyCode, category);
    }
}
