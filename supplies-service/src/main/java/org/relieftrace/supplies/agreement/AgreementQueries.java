package org.relieftrace.supplies.agreement;

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
import org.relieftrace.platform.time.BeijingTime;
import org.relieftrace.supplies.agreement.AgreementCommands.AgreementTerms;
import org.relieftrace.supplies.agreement.AgreementCommands.ItemQuantity;
import org.relieftrace.supplies.agreement.AgreementViews.AgreementStanding;
import org.relieftrace.supplies.agreement.AgreementViews.Callable;
import org.relieftrace.supplies.agreement.AgreementViews.CallOffLine;

/**
 * 协议储备与产能储备查询 — the only reader of the agreement tables: the API's reads through Hibernate Reactive (on the
 * event loop), a receipt's terms and the readiness figures through JDBC (on virtual threads).
 */
@ApplicationScoped
public class AgreementQueries {

    private static final Sort BY_CONTRACT = Sort.by("contractNumber");

    @Inject
    Sql sql;

    @Inject
    BeijingTime time;

    /** One agreement with agreed, called off and left per item, read on the event loop. */
    @WithSession
    public Uni<Optional<AgreementStanding>> find(UUID agreementId) {
        LocalDate today = time.today();
        return AgreementEntry.<AgreementEntry>findById(agreementId).chain(entry -> entry == null
                ? Uni.createFrom().item(Optional.<AgreementStanding>empty())
                : lines(List.of(agreementId)).map(lines -> Optional.of(entry.view(
                        lines.getOrDefault(agreementId, List.of()), today))));
    }

    /** A page of the agreements of a division and below ({@code null}: all), only those in force today if asked. */
    @WithSession
    public Uni<ListPage<AgreementStanding>> list(String division, boolean inForceOnly, int page, int size) {
        LocalDate today = time.today();
        Conditions filter = new Conditions().within(division)
                .and("validFrom <= :day AND validTo >= :day", "day", inForceOnly ? today : null);
        return ReactivePages.page(AgreementEntry.<AgreementEntry>find(filter.where(), BY_CONTRACT,
                filter.values()), page, size, entry -> entry)
                .chain(found -> lines(found.items().stream().map(e -> e.agreementId).toList())
                .map(lines -> found.map(e -> e.view(lines.getOrDefault(e.agreementId, List.of()), today))));
    }

    private static Uni<Map<UUID, List<CallOffLine>>> lines(List<UUID> agreementIds) {
        if (agreementIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return AgreementLineEntry.<AgreementLineEntry>list("agreementId in ?1 order by itemCode", agreementIds)
                .map(rows -> {
                    Map<UUID, List<CallOffLine>> byAgreement = new HashMap<>();
                    rows.forEach(row -> byAgreement.computeIfAbsent(row.agreementId, id -> new ArrayList<>())
                            .add(row.view()));
                    return byAgreement;
                });
    }

    /** The terms of an agreement reserve the registry published, for a call-off (JDBC); empty when unknown. */
    public Optional<AgreementTerms> terms(UUID agreementId) {
        List<ItemQuantity> agreed = sql.list("SELECT item_code, agreed FROM supplies.reserve_agreement_line"
                + " WHERE agreement_id = ? ORDER BY item_code", r -> new ItemQuantity(r.getString(1), r.getLong(2)),
                agreementId);
        return sql.one("SELECT contract_number, valid_from, valid_to, division_code FROM supplies.reserve_agreement"
                + " WHERE agreement_id = ?", r -> new AgreementTerms(agreementId, r.getString(1),
                agreed, r.getObject(2, LocalDate.class), r.getObject(3, LocalDate.class), r.getString(4)),
                agreementId);
    }

    /** 可调用 — what is left per division and item on the agreement reserves in force today under {@code prefix}. */
    public List<Callable> callable(String prefix) {
        LocalDate today = time.today();
        return sql.list("""
                SELECT a.division_code, l.item_code, sum(GREATEST(0, l.agreed - l.called_off))
                FROM supplies.reserve_agreement a JOIN supplies.reserve_agreement_line l
                  ON l.agreement_id = a.agreement_id
                WHERE a.division_code LIKE ? AND a.valid_from <= ? AND a.valid_to >= ?
                GROUP BY a.division_code, l.item_code""",
                r -> new Callable(r.getString(1), r.getString(2), r.getLong(3)), prefix + "%", today, today);
    }

    /**
     * 可生产 — what the production-capacity agreements in force today under {@code prefix} can make within
     * {@code withinDays}, per division and item: the daily capacity times the days left after the lead time (and
     * before the agreement ends).
     */
    public List<Callable> producible(String prefix, int withinDays) {
        LocalDate today = time.today();
        return sql.list("""
                SELECT division_code, item_code, sum(daily_capacity
                       * GREATEST(0, LEAST(?, (valid_to - ?) + 1) - lead_time_days))
                FROM supplies.capacity_agreement
                WHERE division_code LIKE ? AND valid_from <= ? AND valid_to >= ?
                GROUP BY division_code, item_code""",
                r -> new Callable(r.getString(1), r.getString(2), r.getLong(3)), withinDays, today, prefix + "%",
                today, today);
    }
}
