package org.relieftrace.relief.reliefcase;

import java.util.UUID;

import org.relieftrace.relief.standard.ReliefCategory;

/** Whose relief case it is: the household, its division and the category, as the case was opened. */
public record CaseSubject(UUID caseId, UUID householdId, String divisionCode, ReliefCategory category) {
}
