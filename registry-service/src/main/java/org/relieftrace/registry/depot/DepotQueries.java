package org.relieftrace.registry.depot;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.contracts.registry.DepotRegistered;
import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.platform.readmodel.SqlPages;
import org.relieftrace.registry.depot.DepotViews.DepotView;
import org.relieftrace.registry.stream.Streams;

/**
 * Answers depot questions from the depot tables; {@link #registered} — what commands check — also from the depot's
 * own event stream, which has a depot before the tables do.
 */
@ApplicationScoped
public class DepotQueries {

    private static final String COLUMNS = "d.depot_id, d.code, d.name, d.division_code, d.tier, d.kind, d.latitude,"
            + " d.longitude, d.address, d.capacity_m3, ARRAY(SELECT k.username FROM registry.depot_keeper k"
            + " WHERE k.depot_id = d.depot_id ORDER BY k.username)";

    @Inject
    Sql sql;

    @Inject
    Streams streams;

    /** One depot by its id, as the depot table shows it. */
    public Optional<DepotView> find(UUID depotId) {
        return sql.one("SELECT " + COLUMNS + " FROM registry.depot d WHERE d.depot_id = ?", DepotQueries::depot,
                depotId);
    }

    /**
     * Whether the depot is registered, for the commands that must name one: in the depot table, else in the depot's
     * own events, so that it is found as soon as its registration has answered.
     */
    public boolean registered(UUID depotId) {
        return find(depotId).isPresent()
                || streams.created(Depot.streamOf(depotId), DepotRegistered.class).isPresent();
    }

    /** The depot that uses this code, from the depot table. */
    public Optional<DepotView> findByCode(String code) {
        return sql.one("SELECT " + COLUMNS + " FROM registry.depot d WHERE d.code = ? ORDER BY d.depot_id",
                DepotQueries::depot, code);
    }

    /** A page of depots ordered by code: those in {@code divisionCode} and below it, or all when it is null. */
    public ListPage<DepotView> list(String divisionCode, int page, int size) {
        String scope = divisionCode == null ? "%" : DivisionCode.of(divisionCode).likePattern();
        return SqlPages.counted(sql, "SELECT count(*) FROM registry.depot d WHERE d.division_code LIKE ?",
                "SELECT " + COLUMNS + " FROM registry.depot d WHERE d.division_code LIKE ?"
                        + " ORDER BY d.code, d.depot_id LIMIT ? OFFSET ?", DepotQueries::depot, page, size, scope);
    }

    private static DepotView depot(ResultSet rows) throws SQLException {
        Array keepers = rows.getArray(11);
        return new DepotView(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getString(5), rows.getString(6), (Double) rows.getObject(7), (Double) rows.getObject(8),
                rows.getString(9), (Long) rows.getObject(10), List.of((String[]) keepers.getArray()));
    }
}
