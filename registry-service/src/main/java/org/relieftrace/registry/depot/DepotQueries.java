package org.relieftrace.registry.depot;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.queryhandling.QueryHandler;

import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.registry.depot.DepotViews.DepotPage;
import org.relieftrace.registry.depot.DepotViews.DepotView;
import org.relieftrace.registry.division.DivisionCodes;

/** Answers depot questions from the depot read model. */
@ApplicationScoped
public class DepotQueries {

    private static final String COLUMNS = "d.depot_id, d.code, d.name, d.division_code, d.tier, d.kind, d.latitude,"
            + " d.longitude, d.address, d.capacity_m3, ARRAY(SELECT k.username FROM registry.depot_keeper k"
            + " WHERE k.depot_id = d.depot_id ORDER BY k.username)";

    @Inject
    Sql sql;

    @QueryHandler
    public Optional<DepotView> handle(FindDepot query) {
        return sql.one("SELECT " + COLUMNS + " FROM registry.depot d WHERE d.depot_id = ?", DepotQueries::depot,
                query.depotId());
    }

    @QueryHandler
    public Optional<DepotView> handle(FindDepotByCode query) {
        return sql.one("SELECT " + COLUMNS + " FROM registry.depot d WHERE d.code = ? ORDER BY d.depot_id",
                DepotQueries::depot, query.code());
    }

    @QueryHandler
    public DepotPage handle(FindDepots query) {
        String scope = query.divisionCode() == null ? "%" : DivisionCodes.scopePrefix(query.divisionCode()) + "%";
        long total = sql.one("SELECT count(*) FROM registry.depot d WHERE d.division_code LIKE ?",
                rows -> rows.getLong(1), scope).orElse(0L);
        List<DepotView> items = sql.list("SELECT " + COLUMNS + " FROM registry.depot d"
                        + " WHERE d.division_code LIKE ? ORDER BY d.code, d.depot_id LIMIT ? OFFSET ?",
                DepotQueries::depot, scope, query.size(), (long) query.page() * query.size());
        return new DepotPage(items, query.page(), query.size(), total);
    }

    private static DepotView depot(ResultSet rows) throws SQLException {
        Array keepers = rows.getArray(11);
        return new DepotView(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getString(5), rows.getString(6), (Double) rows.getObject(7), (Double) rows.getObject(8),
                rows.getString(9), (Long) rows.getObject(10), List.of((String[]) keepers.getArray()));
    }
}
