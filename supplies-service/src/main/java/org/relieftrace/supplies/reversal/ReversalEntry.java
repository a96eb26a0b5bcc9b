package org.relieftrace.supplies.reversal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

import org.relieftrace.platform.security.Caller;
import org.relieftrace.supplies.reversal.ReversalViews.ReversalView;
import org.relieftrace.supplies.stock.ReversalRules;
import org.relieftrace.supplies.stock.ReversalRules.Status;

/**
 * 冲正 — the reversal of one receipt or distribution of the reversal read model ({@code supplies.reversal}) as the
 * reversal queries read it. The projection writes the table; this mapping only reads it.
 */
@Entity
@Immutable
@Table(schema = "supplies", name = "reversal")
public class ReversalEntry extends PanacheEntityBase {

    @Id
    UUID recordId;

    UUID depotId;

    String status;

    String requestedBy;

    String reason;

    Instant requestedAt;

    String decidedBy;

    String decisionReason;

    Instant decidedAt;

    protected ReversalEntry() {
        // for Hibernate
    }

    ReversalView view(String kind, boolean reversible, Caller caller, boolean actsHere) {
        Status current = Status.valueOf(status);
        return new ReversalView(recordId, kind, current.name(), requestedBy, reason, requestedAt, decidedBy,
                decisionReason, decidedAt, ReversalRules.actions(current, requestedBy, reversible, caller.roles(),
                caller.userId(), actsHere));
    }
}
