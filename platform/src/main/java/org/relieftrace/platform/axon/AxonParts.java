package org.relieftrace.platform.axon;

import java.util.Set;
import java.util.function.Consumer;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import javax.sql.DataSource;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

import io.quarkus.arc.ClientProxy;

import org.relieftrace.platform.postgres.PostgresDuplicateKeyResolver;

/** The parts {@link AxonRuntime} assembles Axon from: the event store engine, the aggregates, the handler beans. */
final class AxonParts {

    private AxonParts() {
    }

    /** The JDBC event store engine on the configured schema, reading {@code batchSize} events at a time and telling
     * {@code snapshotStored} of every snapshot it stores. */
    static JdbcEventStorageEngine storageEngine(DataSource dataSource, AxonSettings settings, Serializer serializer,
                                                TransactionManager transactions, int batchSize,
                                                Consumer<SnapshotStored> snapshotStored) {
        String schema = settings.eventStoreSchema();
        return new SnapshotAnnouncingEngine(JdbcEventStorageEngine.builder()
                .batchSize(batchSize)
                .connectionProvider(dataSource::getConnection)
                .transactionManager(transactions)
                .eventSerializer(serializer)
                .snapshotSerializer(JacksonSerializer.builder().objectMapper(EventJson.snapshotMapper())
                        .classLoader(Thread.currentThread().getContextClassLoader()).build())
                .persistenceExceptionResolver(new PostgresDuplicateKeyResolver())
                .schema(EventSchema.builder()
                        .eventTable(schema + ".domain_event_entry")
                        .snapshotTable(schema + ".snapshot_event_entry")
                        .globalIndexColumn("global_index")
                        .timestampColumn("time_stamp")
                        .eventIdentifierColumn("event_identifier")
                        .aggregateIdentifierColumn("aggregate_identifier")
                        .sequenceNumberColumn("sequence_number")
                        .payloadTypeColumn("payload_type")
                        .payloadRevisionColumn("payload_revision")
                        .metaDataColumn("meta_data")
                        .build()), snapshotStored);
    }

    /**
     * An aggregate's configuration with its snapshot threshold and cache as configured; no cache when several
     * instances run, since a cached aggregate would not see the events another instance appended to it.
     */
    static <A> AggregateConfigurer<A> aggregate(Class<A> type, AxonSettings settings) {
        AggregateConfigurer<A> aggregate = AggregateConfigurer.defaultConfiguration(type);
        AxonSettings.Aggregate tuning = settings.aggregates().get(type.getSimpleName());
        if (tuning != null) {
            tuning.snapshotThreshold().ifPresent(threshold -> aggregate.configureSnapshotTrigger(
                    c -> new EventCountSnapshotTriggerDefinition(c.snapshotter(), threshold)));
            if (tuning.cacheSize() > 0 && settings.instances() == 1) {
                aggregate.configureCache(c -> new BoundedCache(tuning.cacheSize()));
            }
        }
        return aggregate;
    }

    /** The CDI bean of a handler class, unwrapped from its client proxy. */
    static Object bean(BeanManager beans, Class<?> type) {
        Set<Bean<?>> found = beans.getBeans(type);
        if (found.isEmpty()) {
            throw new IllegalStateException(type.getName() + " declares event or query handlers but is not a CDI bean:"
                    + " annotate it @ApplicationScoped (and keep quarkus.arc.remove-unused-beans=fwk)");
        }
        Bean<?> bean = beans.resolve(found);
        Object instance = beans.getReference(bean, type, beans.createCreationalContext(bean));
        return ClientProxy.unwrap(instance);
    }

    /** A daemon thread of the runtime's own executors. */
    static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
