package org.relieftrace.supplies.pledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

import org.relieftrace.supplies.pledge.PledgeViews.PledgeLine;
import org.relieftrace.supplies.pledge.PledgeViews.PledgeStatus;
import org.relieftrace.supplies.pledge.PledgeViews.PledgeView;

/**
 * 捐赠承诺 — one pledge of the pledges' read model ({@code supplies.pledge}) as the pledge queries read it. The
 * projection writes the table; this mapping only reads it.
 */
@Entity
@Immutable
@Table(schema = "supplies", name = "pledge")
public class PledgeEntry extends PanacheEntityBase {

    @Id
    @Column(name = "pledge_id")
    UUID pledgeId;

    @Column(name = "donor")
    String donor;

    @Column(name = "division_code")
    String divisionCode;

    @Column(name = "expected_on")
    LocalDate expectedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    PledgeStatus status;

    @Column(name = "recorded_by")
    String recordedBy;

    @Column(name = "recorded_at")
    Instant recordedAt;

    @Column(name = "closed_by")
    String closedBy;

    @Column(name = "closed_at")
    Instant closedAt;

    @Column(name = "close_reason")
    String closeReason;

    protected PledgeEntry() {
        // for Hibernate
    }

    PledgeView view(List<PledgeLine> lines, List<String> actions) {
        return new PledgeView(pledgeId, donor, divisionCode, expectedOn, status, lines, recordedBy, recordedAt,
                closedBy, closedAt, closeReason, actions);
    }
}
