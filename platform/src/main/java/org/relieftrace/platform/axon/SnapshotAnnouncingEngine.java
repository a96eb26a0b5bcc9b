package org.relieftrace.platform.axon;

import java.util.function.Consumer;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

/** The JDBC event store engine, announcing every snapshot it has stored ({@link SnapshotStored}). */
final class SnapshotAnnouncingEngine extends JdbcEventStorageEngine {

    private final Consumer<SnapshotStored> stored;

    SnapshotAnnouncingEngine(Builder builder, Consumer<SnapshotStored> stored) {
        super(builder);
        this.stored = stored;
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        super.storeSnapshot(snapshot);
        stored.accept(new SnapshotStored(snapshot.getType(), snapshot.getAggregateIdentifier(),
                snapshot.getSequenceNumber()));
    }
}
