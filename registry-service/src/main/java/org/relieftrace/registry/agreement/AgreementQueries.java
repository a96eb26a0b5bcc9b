package org.relieftrace.registry.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.relieftrace.registry.agreement.AgreementViews.AgreedLineView;
import org.relieftrace.registry.agreement.AgreementViews.ReserveAgreementView;

/**
 * Answers questions about agreement reserves (协议储备) from their tables: the API's reads through Hibernate Reactive
 * (each in its own session on the event loop), a command's check through JDBC.
 */
@ApplicationScoped
public class AgreementQueries {

    private static final Sort BY_CONTRACT = Sort.by("contractNumber");

    @Inject
    Sql sql;

    /** One agreement with its items, read on the event loop. */
    @WithSession
    public Uni<Optional<ReserveAgreementView>> find(UUID agreementId) {
        return AgreementEntry.<AgreementEntry>findById(agreementId).chain(entry -> entry == null
                ? Uni.createFrom().item(Optional.<ReserveAgreementView>empty())
                : lines(List.of(agreementId)).map(lines -> Optional.of(entry.view(
                        lines.getOrDefault(agreementId, List.of())))));
    }

    /** Whether an agreement with this contract number is recorded already (a command's check, through JDBC). */
    public boolean contractTaken(String contractNumber) {
        return sql.one("SELECT 1 FROM registry.reserve_agreement WHERE contract_number = ?", rows -> true,
                contractNumber).isPresent();
    }

    /**
     * A page of the agreements of a division and below ({@code null}: all), in force on a day ({@code null}: any),
     * each with its items, read on the event loop.
     */
    @WithSession
    public Uni<ListPage<ReserveAgreementView>> list(String division, LocalDate day, int page, int size) {
        Conditions filter = new Conditions().within(division)
                .and("validFrom <= :day AND validTo >= :day", "day", day);
        return ReactivePages.page(AgreementEntry.<AgreementEntry>find(filter.where(), BY_CONTRACT,
                filter.values()), page, size, entry -> entry)
                .chain(found -> lines(found.items().stream().map(e -> e.agreementId).toList())
                .map(lines -> new ListPage<>(found.items().stream().map(e -> e.view(lines.getOrDefault(
                        e.agreementId, List.of()))).toList(), found.page(), found.size(), found.total())));
    }

    private static Uni<Map<UUID, List<AgreedLineView>>> lines(List<UUID> agreementIds) {
        if (agreementIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return AgreementLineEntry.<AgreementLineEntry>list("agreementId in ?1 order by itemCode", agreementIds)
                .map(rows -> {
                    Map<UUID, List<AgreedLineView>> byAgreement = new HashMap<>();
                    rows.forEach(row -> byAgreement.computeIfAbsent(row.agreementId, id -> new ArrayList<>())
                            .add(row.view()));
                    return byAgreement;
                });
    }
}
