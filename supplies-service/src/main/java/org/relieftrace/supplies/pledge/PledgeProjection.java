package org.relieftrace.supplies.pledge;

import java.sql.Timestamp;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MetaDataValue;

import org.relieftrace.chain.EventMetadata;
import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.supplies.pledge.PledgeCommands.PledgedQuantity;
import org.relieftrace.supplies.pledge.PledgeEvents.PledgeClosed;
import org.relieftrace.supplies.pledge.PledgeEvents.PledgeReceived;
import org.relieftrace.supplies.pledge.PledgeEvents.PledgeRecorded;

/**
 * 捐赠承诺台账 — the pledges with, per item, what was pledged and what has arrived; a pledge is {@code OPEN} until
 * everything arrived ({@code FULFILLED}) or it is closed ({@code CLOSED}, with who, when and why).
 */
@ApplicationScoped
@ProcessingGroup("pledges")
public class PledgeProjection {

    @Inject
    Sql sql;

    @EventHandler
    void on(PledgeRecorded event, @org.axonframework.eventhandling.Timestamp Instant at,
            @MetaDataValue(EventMetadata.USERNAME) String recordedBy) {
        sql.update("""
                INSERT INTO supplies.pledge (pledge_id, donor, division_code, expected_on, status, recorded_by,
                    recorded_at)
                VALUES (?, ?, ?, ?, 'OPEN', ?, ?) ON CONFLICT (pledge_id) DO NOTHING""",
                event.pledgeId(), event.donor(), event.divisionCode(), event.expectedOn(), recordedBy,
                Timestamp.from(at));
        for (PledgedQuantity line : event.lines()) {
            sql.update("""
                    INSERT INTO supplies.pledge_line (pledge_id, item_code, pledged, received) VALUES (?, ?, ?, 0)
                    ON CONFLICT (pledge_id, item_code) DO NOTHING""",
                    event.pledgeId(), line.itemCode(), line.quantity());
        }
    }

    @EventHandler
    void on(PledgeReceived event) {
        for (PledgedQuantity line : event.lines()) {
            sql.update("UPDATE supplies.pledge_line SET received = received + ? WHERE pledge_id = ?"
                    + " AND item_code = ?", line.quantity(), event.pledgeId(), line.itemCode());
        }
        sql.update("""
                UPDATE supplies.pledge SET status = 'FULFILLED' WHERE pledge_id = ? AND status = 'OPEN'
                  AND NOT EXISTS (SELECT 1 FROM supplies.pledge_line
                                  WHERE pledge_id = ? AND received < pledged)""",
                event.pledgeId(), event.pledgeId());
    }

    @EventHandler
    void on(PledgeClosed event, @org.axonframework.eventhandling.Timestamp Instant at,
            @MetaDataValue(EventMetadata.USERNAME) String closedBy,
            @MetaDataValue(EventMetadata.REASON) String reason) {
        sql.update("UPDATE supplies.pledge SET status = 'CLOSED', closed_by = ?, closed_at = ?, close_reason = ?"
                + " WHERE pledge_id = ?", closedBy, Timestamp.from(at), reason, event.pledgeId());
    }

    @ResetHandler
    void reset() {
        sql.update("TRUNCATE supplies.pledge_line, supplies.pledge");
    }
}
