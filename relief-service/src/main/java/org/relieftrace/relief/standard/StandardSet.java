package org.relieftrace.relief.standard;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** 救助标准 — a version of a county's standard for a category, in force from {@code effectiveFrom}. */
@Revision("1")
public record StandardSet(String countyCode, ReliefCategory category, LocalDate effectiveFrom,
                          StandardAmounts amounts, String documentNumber) {
}
