package org.relieftrace.relief.fund;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.platform.readmodel.Sql;
import org.relieftrace.platform.readmodel.SqlPages;
import org.relieftrace.relief.fund.FundViews.Apportionment;
import org.relieftrace.relief.fund.FundViews.Entry;
import org.relieftrace.relief.fund.FundViews.FundView;
import org.relieftrace.relief.fund.FundViews.LedgerView;
import org.relieftrace.relief.fund.FundViews.Share;
import org.relieftrace.relief.shared.Aggregates;
import org.relieftrace.relief.standard.ReliefCategory;

/**
 * 资金台账 — reads the funds and their ledgers {@link FundProjection} keeps; the county a fund belongs to comes from
 * the fund's own stream, so that a fund allocated a moment ago can be apportioned at once.
 */
@ApplicationScoped
public class FundQueries {

    private static final String FUND_COLUMNS = "fund_id, county_code, source_level, document_number, title,"
            + " disaster_id, category, allocated_on";

    @Inject
    Sql sql;

    @Inject
    Aggregates aggregates;

    /** The county of the fund as its stream holds it; empty for an unknown fund. */
    public Optional<String> countyOf(UUID fundId) {
        return aggregates.read(Fund.class, Fund.streamOf(fundId), Fund::countyCode);
    }

    /** The fund, if allocated. */
    public Optional<FundView> fund(UUID fundId) {
        return sql.one("SELECT " + FUND_COLUMNS + " FROM relief.fund WHERE fund_id = ?", FundQueries::fund, fundId);
    }

    /** A page of the funds of a county. */
    public ListPage<FundView> funds(String countyCode, int page, int size) {
        return SqlPages.counted(sql, "SELECT count(*) FROM relief.fund WHERE county_code = ?",
                "SELECT " + FUND_COLUMNS + " FROM relief.fund WHERE county_code = ?"
                        + " ORDER BY allocated_on, document_number LIMIT ? OFFSET ?", FundQueries::fund, page, size,
                countyCode);
    }

    /** The fund's ledger: its balances over every entry, its townships' shares, and a page of its entries. */
    public Optional<LedgerView> ledger(UUID fundId, int page, int size) {
        return fund(fundId).map(fund -> {
            Map<String, Long> sums = new HashMap<>();
            sql.list("SELECT kind, sum(amount_fen) FROM relief.fund_entry WHERE fund_id = ? GROUP BY kind",
                    rows -> sums.put(rows.getString(1), rows.getLong(2)), fundId);
            long total = sql.one("SELECT count(*) FROM relief.fund_entry WHERE fund_id = ?", rows -> rows.getLong(1),
                    fundId).orElse(0L);
            List<Entry> entries = sql.list("SELECT kind, township_code, case_id, payment_id, amount_fen, recorded_at"
                    + " FROM relief.fund_entry WHERE fund_id = ? ORDER BY recorded_at, event_id LIMIT ? OFFSET ?",
                    rows -> new Entry(rows.getString(1), rows.getString(2), rows.getObject(3, UUID.class),
                            rows.getObject(4, UUID.class), rows.getLong(5),
                            rows.getObject(6, OffsetDateTime.class).toInstant()), fundId, size, (long) page * size);
            long allocated = sums.getOrDefault("ALLOCATED", 0L);
            long committed = sums.getOrDefault("COMMITTED", 0L) - sums.getOrDefault("RELEASED", 0L);
            long paid = sums.getOrDefault("PAID", 0L);
            List<Share> shares = sql.list("""
                    SELECT township_code,
                           sum(CASE WHEN kind = 'APPORTIONED' THEN amount_fen ELSE 0 END),
                           sum(CASE WHEN kind = 'COMMITTED' THEN amount_fen
                                    WHEN kind = 'RELEASED' THEN -amount_fen ELSE 0 END)
                    FROM relief.fund_entry WHERE fund_id = ? AND township_code IS NOT NULL
                    GROUP BY township_code ORDER BY township_code""",
                    rows -> new Share(rows.getString(1), rows.getLong(2), rows.getLong(3)), fundId);
            List<Apportionment> pending = pending(fundId);
            return new LedgerView(fund, allocated, sums.getOrDefault("APPORTIONED", 0L), committed, paid,
                    sums.getOrDefault("RETURNED", 0L), allocated - committed, committed - paid, shares,
                    new ListPage<>(entries, page, size, total),
                    pending.stream().mapToLong(Apportionment::amountFen).sum(), pending);
        });
    }

    /** The fund's apportionments waiting for a second user, oldest first. */
    public List<Apportionment> pending(UUID fundId) {
        return sql.list("SELECT apportionment_id, fund_id, township_code, amount_fen, raised_by, raised_at, status"
                        + " FROM relief.fund_apportionment WHERE fund_id = ? AND status = 'PENDING'"
                        + " ORDER BY raised_at, apportionment_id",
                rows -> new Apportionment(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                        rows.getString(3), rows.getLong(4), rows.getString(5),
                        rows.getObject(6, OffsetDateTime.class).toInstant(), rows.getString(7), List.of()), fundId);
    }

    private static FundView fund(ResultSet rows) throws SQLException {
        return new FundView(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getString(5), rows.getObject(6, UUID.class), ReliefCategory.valueOf(rows.getString(7)),
                rows.getObject(8, LocalDate.class));
    }
}
