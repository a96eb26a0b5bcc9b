package org.relieftrace.registry.capacity;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.platform.readmodel.Conditions;
import org.relieftrace.platform.readmodel.ReactivePages;
import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.registry.capacity.CapacityViews.CapacityAgreementView;

/**
 * Answers questions about production-capacity agreements from their table: the API's reads through Hibernate
 * Reactive (each in its own session on the event loop), a command's check through JDBC.
 */
@ApplicationScoped
public class CapacityQueries {

    private static final Sort BY_ITEM = Sort.by("itemCode").and("contractNumber");

    @Inject
    Sql sql;

    /** One agreement by its id, read on the event loop. */
    @WithSession
    public Uni<Optional<CapacityAgreementView>> find(UUID agreementId) {
        return CapacityAgreementEntry.<CapacityAgreementEntry>findById(agreementId)
                .map(entry -> Optional.ofNullable(entry).map(CapacityAgreementEntry::view));
    }

    /** Whether an agreement with this contract number is recorded already (a command's check, through JDBC). */
    public boolean contractTaken(String contractNumber) {
        return sql.one("SELECT 1 FROM registry.capacity_agreement WHERE contract_number = ?", rows -> true,
                contractNumber).isPresent();
    }

    /**
     * A page of the agreements of a division and below ({@code null}: all), optionally for one item, in force on a
     * day ({@code null}: any), read on the event loop.
     */
    @WithSession
    public Uni<ListPage<CapacityAgreementView>> list(String division, String itemCode, LocalDate day, int page,
                                                     int size) {
        Conditions filter = new Conditions().within(division).and("itemCode = :item", "item", itemCode)
                .and("validFrom <= :day AND validTo >= :day", "day", day);
        return ReactivePages.page(CapacityAgreementEntry.find(filter.where(), BY_ITEM, filter.values()), page,
                size, CapacityAgreementEntry::view);
    }
}
