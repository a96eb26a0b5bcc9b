package org.relieftrace.registry.disasterreport;

import java.time.Instant;
import java.util.List;

import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.platform.domain.DomainRuleViolation;

/**
 * 报送规则 — the order of a township's reports on one form (初报 first, then 续报, closed by the 核报) and whose reports
 * belong to a disaster: a township inside one of its affected divisions, or holding an affected village.
 */
public final class ReportRules {

    private ReportRules() {
    }

    /** A form's series of one township as far as it went: whether its 初报 and 核报 are in, and the latest as-of. */
    public record Series(boolean initialFiled, boolean verified, Instant latestAsOf) {

        /** No report yet. */
        public static final Series NONE = new Series(false, false, null);

        /** The series after a report of {@code kind} as of {@code asOf}. */
        public Series after(ReportKind kind, Instant asOf) {
            Instant latest = latestAsOf == null || asOf.isAfter(latestAsOf) ? asOf : latestAsOf;
            return new Series(initialFiled || kind == ReportKind.INITIAL, verified || kind == ReportKind.VERIFIED,
                    latest);
        }
    }

    /** Whether the township is one a disaster affecting {@code affected} asks reports of. */
    public static boolean affects(List<String> affected, String townshipCode) {
        return affected.stream().anyMatch(code -> DivisionCode.contains(code, townshipCode)
                || DivisionCode.contains(townshipCode, code));
    }

    /** Refuses a township the disaster does not affect. */
    public static void requireAffected(List<String> affected, String townshipCode) {
        if (!affects(affected, townshipCode)) {
            throw new DomainRuleViolation("township-not-affected", "Township " + townshipCode
                    + " is not among the divisions the disaster affects " + affected, townshipCode);
        }
    }

    /** Refuses a report of {@code kind} as of {@code asOf} that the series does not take now. */
    public static void requireNext(Series series, ReportKind kind, Instant asOf, Instant disasterStart) {
        if (asOf.isBefore(disasterStart)) {
            throw new DomainRuleViolation("report-before-disaster", "A report as of " + asOf
                    + " is before the disaster began at " + disasterStart, asOf, disasterStart);
        }
        if (series.verified()) {
            throw new DomainRuleViolation("report-series-closed", "The verified report (核报) closed this series",
                    kind);
        }
        if (kind == ReportKind.INITIAL && series.initialFiled()) {
            throw new DomainRuleViolation("initial-report-already-filed", "The initial report (初报) is already in",
                    kind);
        }
        if (kind != ReportKind.INITIAL && !series.initialFiled()) {
            throw new DomainRuleViolation("initial-report-missing", "A " + kind + " report needs the initial report"
                    + " (初报) first", kind);
        }
        if (series.latestAsOf() != null && asOf.isBefore(series.latestAsOf())) {
            throw new DomainRuleViolation("report-older-than-latest", "A report as of " + asOf
                    + " is older than the latest one, as of " + series.latestAsOf(), asOf, series.latestAsOf());
        }
    }
}
