package org.relieftrace.bench;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.relieftrace.contracts.store.StoredPayloadType;
import org.relieftrace.platform.time.BeijingTime;

/**
 * Appends the material-chain history's events (物资全链条, {@link ChainHistory}) of depots and transfers through an
 * {@link EventAppender}, with timestamps increasing evenly from {@code from} to {@code until}, and counts what it
 * wrote: events, and lots created (received, or arrived by transfer).
 */
final class HistoryWriter {

    private static final ZoneId CHINA = BeijingTime.ZONE;
    private static final String REASON = "chain benchmark history";

    private final EventAppender appender;
    private final Instant from;
    private final double step;
    private final Instant end;
    private long written;
    private long lots;

    HistoryWriter(EventAppender appender, long events, Instant from, Instant until) {
        this.appender = appender;
        this.from = from;
        this.end = until;
        this.step = (double) (until.toEpochMilli() - from.toEpochMilli()) / events;
    }

    /** Events written so far. */
    long written() {
        return written;
    }

    /** Lots created so far. */
    long lots() {
        return lots;
    }

    /** The moment of the next event. */
    Instant now() {
        return from.plusMillis((long) (written * step));
    }

    /** The day of the next event, in China. */
    LocalDate today() {
        return LocalDate.ofInstant(now(), CHINA);
    }

    /** The day the history ends, in China. */
    LocalDate until() {
        return LocalDate.ofInstant(end, CHINA);
    }

    /** Appends an event of the depot's stock. */
    void stock(HistoryDepot depot, String payloadType, Map<String, Object> payload) throws SQLException {
        appender.append(depot.chain, now(), actor(depot.division), REASON, payloadType, payload);
        written++;
    }

    /** Appends an event of a transfer, by an actor of {@code division}. */
    void transfer(EventAppender.Chain chain, String division, StoredPayloadType event, Map<String, Object> payload)
            throws SQLException {
        appender.append(chain, now(), actor(division), REASON, event.typeName(), payload);
        written++;
    }

    /** Puts a new lot into the depot's stock and counts it. */
    void stocked(HistoryDepot depot, HistoryLot lot) {
        depot.stocked.add(lot);
        lots++;
    }

    private EventAppender.Actor actor(String division) {
        return new EventAppender.Actor("bench-loader", "admin", division);
    }
}
