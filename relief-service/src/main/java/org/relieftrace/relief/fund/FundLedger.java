package org.relieftrace.relief.fund;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;

import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.relief.fund.FundEvents.FundAllocated;
import org.relieftrace.relief.fund.FundEvents.FundApportioned;
import org.relieftrace.relief.fund.FundEvents.FundCommitmentReleased;
import org.relieftrace.relief.fund.FundEvents.FundsCommitted;
import org.relieftrace.relief.payment.PaymentEvents.PaymentConfirmed;
import org.relieftrace.relief.payment.PaymentEvents.PaymentFailed;
import org.relieftrace.relief.standard.ReliefCategory;

/**
 * 资金台账 — the ledger of every fund: one entry per event (allocated, apportioned, committed, released, paid,
 * returned by the bank), keyed by the event so that a replay writes the same rows; balances are sums of entries.
 * Its rows are written in JDBC batches when the processor's batch of events commits ({@code Sql#updateLater}).
 */
@ApplicationScoped
@ProcessingGroup("fund-ledger")
public class FundLedger {

    /** A fund as allocated. */
    public record FundView(UUID fundId, String countyCode, String sourceLevel, String documentNumber, String title,
                           UUID disasterId, ReliefCategory category, LocalDate allocatedOn) {
    }

    /** One line of the ledger. */
    public record Entry(String kind, String townshipCode, UUID caseId, UUID paymentId, long amountFen,
                        Instant recordedAt) {
    }

    /** A township's share and what it committed. */
    public record Share(String townshipCode, long apportionedFen, long committedFen) {
    }

    /**
     * 台账 — the balances: allocated = available + committed; committed = paid + outstanding; returned is what the
     * bank sent back from failed payments (reissued payments count as paid when they succeed).
     */
    public record LedgerView(FundView fund, long allocatedFen, long apportionedFen, long committedFen,
                             long paidFen, long returnedFen, long availableFen, long outstandingFen,
                             List<Share> townships, List<Entry> entries) {
    }

    @Inject
    Sql sql;

    @EventHandler
    void on(FundAllocated event, EventMessage<?> message) {
        sql.updateLater("""
                INSERT INTO relief.fund (fund_id, county_code, source_level, document_number, title, disaster_id,
                                         category, allocated_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (fund_id) DO NOTHING""", event.fundId(), event.countyCode(), event.sourceLevel(),
                event.documentNumber(), event.title(), event.disasterId(), event.category(), event.allocatedOn());
        entry(message, event.fundId(), "ALLOCATED", null, null, null, event.amountFen());
    }

    @EventHandler
    void on(FundApportioned event, EventMessage<?> message) {
        entry(message, event.fundId(), "APPORTIONED", event.townshipCode(), null, null, event.amountFen());
    }

    @EventHandler
    void on(FundsCommitted event, EventMessage<?> message) {
        entry(message, event.fundId(), "COMMITTED", event.townshipCode(), event.caseId(), null, event.amountFen());
    }

    @EventHandler
    void on(FundCommitmentReleased event, EventMessage<?> message) {
        entry(message, event.fundId(), "RELEASED", event.townshipCode(), event.caseId(), null, event.amountFen());
    }

    @EventHandler
    void on(PaymentConfirmed event, EventMessage<?> message) {
        entry(message, event.fundId(), "PAID", null, event.caseId(), event.paymentId(), event.amountFen());
    }

    @EventHandler
    void on(PaymentFailed event, EventMessage<?> message) {
        entry(message, event.fundId(), "RETURNED", null, event.caseId(), event.paymentId(), event.amountFen());
    }

    private void entry(EventMessage<?> message, UUID fundId, String kind, String township, UUID caseId,
                       UUID paymentId, long amount) {
        sql.updateLater("""
                INSERT INTO relief.fund_entry (event_id, fund_id, kind, township_code, case_id, payment_id,
                                               amount_fen, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (event_id) DO NOTHING""", message.getIdentifier(), fundId, kind, township, caseId,
                paymentId, amount, message.getTimestamp().atOffset(ZoneOffset.UTC));
    }

    @ResetHandler
    void reset() {
        sql.update("TRUNCATE relief.fund, relief.fund_entry");
    }

    /** The fund, if allocated. */
    public Optional<FundView> fund(UUID fundId) {
        return sql.one("SELECT fund_id, county_code, source_level, document_number, title, disaster_id, category,"
                        + " allocated_on FROM relief.fund WHERE fund_id = ?", FundLedger::fund, fundId);
    }

    /** The funds of a county. */
    public List<FundView> funds(String countyCode) {
        return sql.list("SELECT fund_id, county_code, source_level, document_number, title, disaster_id, category,"
                + " allocated_on FROM relief.fund WHERE county_code = ? ORDER BY allocated_on, document_number",
                FundLedger::fund, countyCode);
    }

    private static FundView fund(java.sql.ResultSet rows) throws java.sql.SQLException {
        return new FundView(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getString(5), rows.getObject(6, UUID.class), ReliefCategory.valueOf(rows.getString(7)),
                rows.getObject(8, LocalDate.class));
    }

    /** The fund's ledger with its balances. */
    public Optional<LedgerView> ledger(UUID fundId) {
        return fund(fundId).map(fund -> {
            List<Entry> entries = sql.list("SELECT kind, township_code, case_id, payment_id, amount_fen, recorded_at"
                    + " FROM relief.fund_entry WHERE fund_id = ? ORDER BY recorded_at, event_id",
                    rows -> new Entry(rows.getString(1), rows.getString(2), rows.getObject(3, UUID.class),
                            rows.getObject(4, UUID.class), rows.getLong(5),
                            rows.getObject(6, java.time.OffsetDateTime.class).toInstant()), fundId);
            long allocated = sum(entries, "ALLOCATED");
            long committed = sum(entries, "COMMITTED") - sum(entries, "RELEASED");
            long paid = sum(entries, "PAID");
            List<Share> shares = sql.list("""
                    SELECT township_code,
                           sum(CASE WHEN kind = 'APPORTIONED' THEN amount_fen ELSE 0 END),
                           sum(CASE WHEN kind = 'COMMITTED' THEN amount_fen
                                    WHEN kind = 'RELEASED' THEN -amount_fen ELSE 0 END)
                    FROM relief.fund_entry WHERE fund_id = ? AND township_code IS NOT NULL
                    GROUP BY township_code ORDER BY township_code""",
                    rows -> new Share(rows.getString(1), rows.getLong(2), rows.getLong(3)), fundId);
            return new LedgerView(fund, allocated, sum(entries, "APPORTIONED"), committed, paid,
                    sum(entries, "RETURNED"), allocated - committed, committed - paid, shares, entries);
        });
    }

    private static long sum(List<Entry> entries, String kind) {
        return entries.stream().filter(e -> e.kind().equals(kind)).mapToLong(Entry::amountFen).sum();
    }
}
