package org.relieftrace.supplies.distribution;

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
import org.relieftrace.supplies.distribution.HouseholdLimitMessages.HouseholdLimitSet;

/** 户均限额台账 — the limit in force per disaster and item, with who set it last, when and why. */
@ApplicationScoped
@ProcessingGroup("household-limits")
public class HouseholdLimitProjection {

    @Inject
    Sql sql;

    @EventHandler
    void on(HouseholdLimitSet event, @org.axonframework.eventhandling.Timestamp Instant at,
            @MetaDataValue(EventMetadata.USERNAME) String setBy, @MetaDataValue(EventMetadata.REASON) String reason) {
        sql.update("""
                INSERT INTO supplies.household_limit (disaster_id, item_code, quantity, set_by, set_at, reason)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (disaster_id, item_code) DO UPDATE SET quantity = EXCLUDED.quantity,
                    set_by = EXCLUDED.set_by, set_at = EXCLUDED.set_at, reason = EXCLUDED.reason""",
                event.disasterId(), event.itemCode(), event.quantity(), setBy, Timestamp.from(at), reason);
    }

    @ResetHandler
    void reset() {
        sql.update("TRUNCATE supplies.household_limit");
    }
}
