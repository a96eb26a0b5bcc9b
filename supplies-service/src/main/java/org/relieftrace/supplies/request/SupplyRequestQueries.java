package org.relieftrace.supplies.request;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.platform.readmodel.SqlPages;
import org.relieftrace.supplies.request.SupplyRequestMessages.SupplyRequestSubmitted;
import org.relieftrace.supplies.request.SupplyRequestViews.ItemView;
import org.relieftrace.supplies.request.SupplyRequestViews.RequestView;

/**
 * 需求申报查询 — answers supply request questions from the request read model, and, for the checks a decision needs
 * before it is sent, the request as its own first event tells it.
 */
@ApplicationScoped
public class SupplyRequestQueries {

    /** Open requests an awaiting-division filter looks through, at most. */
    private static final int AWAITING_SCAN = 5000;

    private static final String SELECT = """
            SELECT request_id, division_code, disaster_id, affected_people, status, approvals, submitted_at,
                submitted_by, approver_ids, count(*) OVER ()
            FROM supplies.supply_request""";

    @Inject
    Sql sql;

    @Inject
    EventStore eventStore;

    /** One request, without actions. */
    public Optional<RequestView> request(UUID requestId) {
        return sql.one(SELECT + " WHERE request_id = ?", this::view, requestId);
    }

    /**
     * The requests of the divisions matching {@code divisionPattern} (a SQL {@code LIKE} pattern), newest first;
     * {@code status} optional; {@code awaiting}: only those whose next approval that division gives.
     */
    public ListPage<RequestView> requests(String divisionPattern, String status, String awaiting, int page,
                                          int size) {
        if (awaiting != null) {
            List<RequestView> open = sql.list(SELECT + """
                     WHERE division_code LIKE ? AND division_code LIKE ? AND status IN ('SUBMITTED', 'IN_REVIEW')
                      AND status = COALESCE(CAST(? AS VARCHAR), status)
                    ORDER BY submitted_at DESC, request_id LIMIT ?""", this::view, divisionPattern,
                    DivisionCode.of(awaiting).likePattern(), status, AWAITING_SCAN);
            return ListPage.of(open.stream().filter(view -> awaiting.equals(view.awaitingDivision())).toList(),
                    page, size);
        }
        return SqlPages.windowed(sql, SELECT + """
                 WHERE division_code LIKE ? AND status = COALESCE(CAST(? AS VARCHAR), status)
                ORDER BY submitted_at DESC, request_id LIMIT ? OFFSET ?""",
                "SELECT count(*) FROM supplies.supply_request WHERE division_code LIKE ?"
                        + " AND status = COALESCE(CAST(? AS VARCHAR), status)", this::view, page, size,
                divisionPattern, status);
    }

    /** The request as submitted, from its own event stream; {@link NotFound} when there is none. */
    public SupplyRequestSubmitted submitted(UUID requestId) {
        DomainEventStream events = eventStore.readEvents(requestId.toString(), 0);
        if (!events.hasNext() || !(events.next().getPayload() instanceof SupplyRequestSubmitted submitted)) {
            throw new NotFound("supply request", requestId);
        }
        return submitted;
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(";"));
    }

    private RequestView view(ResultSet row) throws SQLException {
        UUID id = row.getObject(1, UUID.class);
        String division = row.getString(2);
        String status = row.getString(5);
        List<String> approvals = split(row.getString(6));
        List<ItemView> items = sql.list("SELECT item_code, quantity, fulfilled FROM supplies.supply_request_line"
                + " WHERE request_id = ? ORDER BY item_code", r -> new ItemView(r.getString(1), r.getLong(2),
                r.getLong(3), Math.max(0, r.getLong(2) - r.getLong(3))), id);
        String awaiting = ApprovalTiers.open(status)
                ? ApprovalTiers.above(approvals.isEmpty() ? division : approvals.getLast()) : null;
        return new RequestView(id, division, row.getObject(3, UUID.class), row.getInt(4), status, approvals, awaiting,
                row.getTimestamp(7).toInstant(), items.stream().allMatch(i -> i.outstanding() == 0), items,
                row.getString(8), split(row.getString(9)), List.of());
    }
}
