package org.relieftrace.relief.fund;

import java.time.ZoneOffset;
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
import org.relieftrace.relief.fund.FundEvents.FundApportionmentRaised;
import org.relieftrace.relief.fund.FundEvents.FundApportionmentRejected;
import org.relieftrace.relief.fund.FundEvents.FundCommitmentReleased;
import org.relieftrace.relief.fund.FundEvents.FundsCommitted;
import org.relieftrace.relief.payment.PaymentEvents.PaymentConfirmed;
import org.relieftrace.relief.payment.PaymentEvents.PaymentFailed;

/**
 * 资金台账 — writes the ledger of every fund: one entry per event (allocated, apportioned, committed, released, paid,
 * returned by the bank), keyed by the event so that a replay writes the same rows; balances are sums of entries.
 * Its rows are written in JDBC batches when the processor's batch of events commits ({@code Sql#updateLater}).
 */
@ApplicationScoped
@ProcessingGroup("fund-ledger")
public class FundProjection {

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
    void on(FundApportionmentRaised event, EventMessage<?> message) {
        sql.updateLater("""
                INSERT INTO relief.fund_apportionment (apportionment_id, fund_id, township_code, amount_fen, raised_by,
                                                       raised_at, status) VALUES (?, ?, ?, ?, ?, ?, 'PENDING')
                ON CONFLICT (apportionment_id) DO NOTHING""", event.apportionmentId(), event.fundId(),
                event.townshipCode(), event.amountFen(), event.raisedBy(),
                message.getTimestamp().atOffset(ZoneOffset.UTC));
    }

    @EventHandler
    void on(FundApportioned event, EventMessage<?> message) {
        entry(message, event.fundId(), "APPORTIONED", event.townshipCode(), null, null, event.amountFen());
        decided(event.apportionmentId(), "APPROVED", message);
    }

    @EventHandler
    void on(FundApportionmentRejected event, EventMessage<?> message) {
        decided(event.apportionmentId(), "REJECTED", message);
    }

    private void decided(UUID apportionmentId, String status, EventMessage<?> message) {
        if (apportionmentId != null) {
            sql.updateLater("UPDATE relief.fund_apportionment SET status = ?, decided_by = ?, decided_at = ?"
                    + " WHERE apportionment_id = ?", status, message.getMetaData().get("userId"),
                    message.getTimestamp().atOffset(ZoneOffset.UTC), apportionmentId);
        }
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
        sql.update("TRUNCATE relief.fund, relief.fund_entry, relief.fund_apportionment");
    }
}
