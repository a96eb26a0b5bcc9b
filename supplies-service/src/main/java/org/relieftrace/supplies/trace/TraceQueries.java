package org.relieftrace.supplies.trace;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.supplies.trace.TraceViews.HandedOut;
import org.relieftrace.supplies.trace.TraceViews.Leg;
import org.relieftrace.supplies.trace.TraceViews.LotStep;
import org.relieftrace.supplies.trace.TraceViews.Origin;
import org.relieftrace.supplies.trace.TraceViews.Reversed;

/** Follows a lot's lineage through the lot read model, backward and forward, with recursive SQL. */
@ApplicationScoped
public class TraceQueries {

    private static final String STEP = """
            SELECT l.lot_id, l.depot_id, d.name, l.item_code, l.lot_number, l.received_quantity, l.on_hand,
                   l.transfer_id, l.source_lot_id""";

    @Inject
    Sql sql;

    /** The depot a lot lies in, if the lot is known. */
    public Optional<UUID> depotOf(UUID lotId) {
        return sql.one("SELECT depot_id FROM supplies.lot_stock WHERE lot_id = ?", r -> r.getObject(1, UUID.class),
                lotId);
    }

    /** The lot and its ancestors, the lot first and the inbound lot last. */
    public List<LotStep> backward(UUID lotId) {
        return sql.list("""
                WITH RECURSIVE up(lot_id, depth) AS (
                    SELECT lot_id, 0 FROM supplies.lot_stock WHERE lot_id = ?
                    UNION ALL
                    SELECT s.source_lot_id, up.depth + 1 FROM supplies.lot_stock s JOIN up ON s.lot_id = up.lot_id
                    WHERE s.source_lot_id IS NOT NULL AND up.depth < 20)
                """ + STEP + """
                 FROM up JOIN supplies.lot_stock l ON l.lot_id = up.lot_id
                LEFT JOIN supplies.known_depot d ON d.depot_id = l.depot_id ORDER BY up.depth""",
                TraceQueries::step, lotId);
    }

    /** The lot and the lots descended from it ({@code forward}, as {@link #forwardLots} reads them), the lot first. */
    static List<UUID> family(UUID lotId, List<LotStep> forward) {
        List<UUID> family = new ArrayList<>();
        family.add(lotId);
        forward.forEach(step -> family.add(step.lotId()));
        return family;
    }

    /** Every lot descended from this one (not the lot itself). */
    public List<LotStep> forwardLots(UUID lotId) {
        return sql.list("""
                WITH RECURSIVE down(lot_id, depth) AS (
                    SELECT lot_id, 0 FROM supplies.lot_stock WHERE source_lot_id = ?
                    UNION ALL
                    SELECT s.lot_id, down.depth + 1 FROM supplies.lot_stock s JOIN down ON s.source_lot_id = down.lot_id
                    WHERE down.depth < 20)
                """ + STEP + """
                 FROM down JOIN supplies.lot_stock l ON l.lot_id = down.lot_id
                LEFT JOIN supplies.known_depot d ON d.depot_id = l.depot_id ORDER BY down.depth, l.lot_id""",
                TraceQueries::step, lotId);
    }

    /** The inbound receipt of a lot that entered by receipt. */
    public Optional<Origin> origin(UUID inboundLotId) {
        return sql.one("""
                SELECT receipt_id, depot_id, source, reference, supplier, received_on, specification, origin,
                       produced_on, expires_on
                FROM supplies.lot_stock WHERE lot_id = ? AND receipt_id IS NOT NULL""",
                r -> new Origin(r.getObject(1, UUID.class), r.getObject(2, UUID.class), r.getString(3),
                        r.getString(4), r.getString(5), r.getObject(6, LocalDate.class), r.getString(7),
                        r.getString(8), r.getObject(9, LocalDate.class), r.getObject(10, LocalDate.class)),
                inboundLotId);
    }

    /** The transfer legs that took goods out of any of these lots. */
    public List<Leg> legs(List<UUID> lotIds) {
        return sql.list("""
                SELECT transfer_id, source_lot_id, new_lot_id, quantity, received, damaged, shortage, reason
                FROM supplies.transfer_lot WHERE source_lot_id = ANY (?::uuid[]) ORDER BY transfer_id""",
                r -> new Leg(r.getObject(1, UUID.class), r.getObject(2, UUID.class), r.getObject(3, UUID.class),
                        r.getLong(4), (Long) r.getObject(5), (Long) r.getObject(6), (Long) r.getObject(7),
                        r.getString(8)), (Object) lotIds.stream().map(UUID::toString).toArray(String[]::new));
    }

    /** What was handed to households from any of these lots; {@code withReversed}: also what was reversed since. */
    public List<HandedOut> distributions(List<UUID> lotIds, boolean withReversed) {
        return sql.list("""
                SELECT household_id, lot_id, depot_id, -quantity, distribution_id, reference_id, reason, happened_at
                FROM supplies.lot_movement m WHERE kind = 'DISTRIBUTED' AND lot_id = ANY (?::uuid[])
                AND (? OR NOT EXISTS (SELECT 1 FROM supplies.lot_movement r WHERE r.kind = 'DISTRIBUTION_REVERSED'
                    AND r.distribution_id = m.distribution_id))
                ORDER BY happened_at, distribution_id""",
                r -> new HandedOut(r.getObject(1, UUID.class), r.getObject(2, UUID.class), r.getObject(3, UUID.class),
                        r.getLong(4), r.getObject(5, UUID.class), r.getObject(6, UUID.class), r.getString(7),
                        r.getTimestamp(8, java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC")))
                                .toInstant()), lotIds.stream().map(UUID::toString).toArray(String[]::new), withReversed);
    }

    /** The reversals of receipts and distributions that moved goods of any of these lots: who asked, approved, why. */
    public List<Reversed> reversals(List<UUID> lotIds) {
        return sql.list("""
                SELECT r.kind, r.record_id, m.lot_id, m.depot_id, m.quantity, r.requested_by, r.decided_by, m.reason,
                       m.happened_at
                FROM supplies.lot_movement m
                JOIN supplies.reversal r ON r.record_id = COALESCE(m.distribution_id, m.reference_id)
                WHERE m.kind IN ('RECEIPT_REVERSED', 'DISTRIBUTION_REVERSED') AND m.lot_id = ANY (?::uuid[])
                ORDER BY m.happened_at, r.record_id""",
                r -> new Reversed(r.getString(1), r.getObject(2, UUID.class), r.getObject(3, UUID.class),
                        r.getObject(4, UUID.class), r.getLong(5), r.getString(6), r.getString(7), r.getString(8),
                        r.getTimestamp(9, java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC")))
                                .toInstant()), (Object) lotIds.stream().map(UUID::toString).toArray(String[]::new));
    }

    private static LotStep step(ResultSet r) throws SQLException {
        return new LotStep(r.getObject(1, UUID.class), r.getObject(2, UUID.class), r.getString(3), r.getString(4),
                r.getString(5), r.getLong(6), r.getLong(7), r.getObject(8, UUID.class), r.getObject(9, UUID.class));
    }

}
