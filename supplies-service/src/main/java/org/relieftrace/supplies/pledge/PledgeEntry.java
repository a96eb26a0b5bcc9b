package org.relieftrace.supplies.pledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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
    UUID pledgeId;

    String donor;

    String divisionCode;

    LocalDate expectedOn;

    @Enumerated(EnumType.STRING)
    PledgeStatus status;

    String recordedBy;

    Instant recordedAt;

    String closedBy;

    Instant closedAt;

    String closeReason;

    protected PledgeEntry() {
        // for Hibernate
    }

    PledgeView view(List<PledgeLine> lines, List<String> actions) {
        return new PledgeView(pledgeId, donor, divisionCode, expectedOn, status, lines, recordedBy, recordedAt,
                closedBy, closedAt, closeReason, actions);
    }
}
