package org.relieftrace.relief.standard;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.platform.readmodel.ReactivePages;
import org.relieftrace.relief.shared.Aggregates;
import org.relieftrace.relief.standard.StandardViews.StandardView;

/**
 * 救助标准 — the versions of a county's standards as {@link StandardProjection} keeps them, read through Hibernate
 * Reactive, and the version in force on a day as the standard's own stream holds it (so a standard set a moment ago
 * already counts).
 */
@ApplicationScoped
public class StandardQueries {

    private static final Sort BY_CATEGORY_AND_DATE = Sort.by("category").and("effectiveFrom");

    static final String COLUMNS = "county_code, category, effective_from, per_person_monthly_fen,"
            + " per_deceased_fen, collapsed_fen, severely_damaged_fen, generally_damaged_fen, per_person_fen,"
            + " household_cap_fen, document_number, housing_instalments";

    @Inject
    Aggregates aggregates;

    /** The version of the county's standard for the category in force on {@code day}. */
    public Optional<StandardView> inForce(String countyCode, ReliefCategory category, LocalDate day) {
        return aggregates.read(ReliefStandard.class, ReliefStandard.streamOf(countyCode, category),
                        standard -> standard.inForce(day).orElse(null))
                .map(set -> new StandardView(set.countyCode(), set.category(), set.effectiveFrom(), set.amounts(),
                        set.documentNumber()));
    }

    /** A page of the versions of the county's standards, by category and date, read on the event loop. */
    @WithSession
    public Uni<ListPage<StandardView>> of(String countyCode, int page, int size) {
        return ReactivePages.page(StandardEntry.find("countyCode", BY_CATEGORY_AND_DATE, countyCode), page, size,
                StandardEntry::view);
    }
}
