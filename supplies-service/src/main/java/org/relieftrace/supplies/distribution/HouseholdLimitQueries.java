package org.relieftrace.supplies.distribution;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.platform.readmodel.SqlPages;
import org.relieftrace.supplies.distribution.HouseholdLimitViews.HouseholdLimitView;

/** 户均限额查询 — the limits set per disaster and item, from the household limit read model. */
@ApplicationScoped
public class HouseholdLimitQueries {

    private static final String MATCHING = " WHERE (CAST(? AS UUID) IS NULL OR disaster_id = CAST(? AS UUID))";

    @Inject
    Sql sql;

    @Inject
    HouseholdLimits limits;

    /** The limits set, optionally for one disaster, by disaster and item. */
    public ListPage<HouseholdLimitView> limits(UUID disasterId, int page, int size) {
        return SqlPages.windowed(sql, "SELECT disaster_id, item_code, quantity, set_by, set_at, reason,"
                        + " count(*) OVER () FROM supplies.household_limit" + MATCHING
                        + " ORDER BY disaster_id, item_code LIMIT ? OFFSET ?",
                "SELECT count(*) FROM supplies.household_limit" + MATCHING,
                rows -> new HouseholdLimitView(rows.getObject(1, UUID.class), rows.getString(2), rows.getLong(3),
                        limits.configured(rows.getString(2)), rows.getString(4),
                        rows.getTimestamp(5).toInstant(), rows.getString(6)),
                page, size, disasterId, disasterId);
    }
}
