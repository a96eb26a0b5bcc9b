package org.relieftrace.supplies.writeoff;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

import org.relieftrace.supplies.writeoff.WriteOffViews.WriteOffView;

/**
 * 报损单 — one write-off of the write-off read model ({@code supplies.write_off}) as the write-off queries read it.
 * The projection writes the table; this mapping only reads it.
 */
@Entity
@Immutable
@Table(schema = "supplies", name = "write_off")
public class WriteOffEntry extends PanacheEntityBase {

    @Id
    UUID writeOffId;

    UUID depotId;

    UUID lotId;

    long quantity;

    String kind;

    String requestedBy;

    String approvedBy;

    String status;

    protected WriteOffEntry() {
        // for Hibernate
    }

    boolean requested() {
        return "REQUESTED".equals(status);
    }

    WriteOffView view(List<String> actions) {
        return new WriteOffView(writeOffId, lotId, quantity, kind, requestedBy, approvedBy, status, actions);
    }
}
