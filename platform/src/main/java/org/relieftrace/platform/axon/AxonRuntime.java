package org.relieftrace.platform.axon;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import org.relieftrace.platform.command.CommandMetrics;
import org.relieftrace.platform.command.ConcurrencyRetry;
import org.relieftrace.platform.command.IdempotencyInterceptor;
import org.relieftrace.platform.command.IdempotencyStore;
import org.relieftrace.chain.CanonicalJson;
import org.relieftrace.chain.EventMetadata;
import org.relieftrace.platform.metadata.HashChain;
import org.relieftrace.platform.metadata.StoredHashes;

/**
 * Axon Framework 4 inside Quarkus, built once at start-up: the JDBC event store on the shared {@code eventstore}
 * schema, tokens, sagas and idempotency records in the service's schema, one JTA transaction per unit of work, the
 * hash chain and caller metadata on every event, and the service's aggregates, sagas, projections, process classes
 * (external command handlers) and query handlers found by {@link HandlerDiscovery}. Nothing phones home.
 */
@ApplicationScoped
public class AxonRuntime {

    private static final Logger LOG = Logger.getLogger(AxonRuntime.class);

    static {
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
    }

    @Inject
    DataSource dataSource;

    @Inject
    jakarta.transaction.TransactionManager jta;

    @Inject
    AxonSettings settings;

    @Inject
    BeanManager beans;

    @Inject
    CommandMetrics metrics;

    private volatile Configuration configuration;
    private ObjectMapper mapper;
    private IdempotencyStore idempotencyStore;
    private ScheduledExecutorService retryExecutor;
    private volatile SignallingEventSource eventSource;
    private Serializer serializer;
    private TransactionManager transactions;
    private volatile JdbcEventStorageEngine bulkReader;

    void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.PLATFORM_AFTER) StartupEvent event) {
        configuration();
    }

    void onStop(@Observes ShutdownEvent event) {
        if (configuration != null) {
            configuration.shutdown();
            retryExecutor.shutdownNow();
            Optional.ofNullable(eventSource).ifPresent(SignallingEventSource::close);
            configuration = null;
        }
    }

    /** The started Axon configuration. */
    public Configuration configuration() {
        Configuration current = configuration;
        if (current == null) {
            synchronized (this) {
                if (configuration == null) {
                    configuration = build();
                    configuration.start();
                    LOG.infof("Axon started: %s", configuration.eventProcessingConfiguration().eventProcessors()
                            .keySet());
                }
                current = configuration;
            }
        }
        return current;
    }

    /** The object mapper of the event serializer (JSON payloads and metadata). */
    public ObjectMapper objectMapper() {
        configuration();
        return mapper;
    }

    /** Where idempotency keys are claimed and their first answers kept. */
    public IdempotencyStore idempotencyStore() {
        configuration();
        return idempotencyStore;
    }

    /** The event store table, schema-qualified. */
    public String eventTable() {
        return settings.eventStoreSchema() + ".domain_event_entry";
    }

    private Configuration build() {
        ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
        mapper = EventJson.objectMapper();
        serializer = JacksonSerializer.builder().objectMapper(mapper).classLoader(classLoader).build();
        transactions = new JtaTransactionManager(jta);
        CanonicalJson canonical = new CanonicalJson(mapper);
        idempotencyStore = new IdempotencyStore(dataSource, mapper, settings.schema());
        retryExecutor = Executors.newSingleThreadScheduledExecutor(r -> AxonParts.daemon(r, "command-retry"));
        HashChain hashChain = new HashChain(settings.crypto().suite(), canonical, serializer,
                new StoredHashes(dataSource, mapper, eventTable(), 50_000));

        Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureSerializer(c -> serializer)
                .configureEventSerializer(c -> serializer)
                .configureMessageSerializer(c -> serializer)
                .configureTransactionManager(c -> transactions)
                .configureCorrelationDataProviders(c -> List.of(
                        AxonRuntime::origin,
                        new SimpleCorrelationDataProvider(EventMetadata.CALLER_KEYS.toArray(String[]::new))))
                .configureEventStore(c -> {
                    EmbeddedEventStore store = EmbeddedEventStore.builder()
                            .storageEngine(AxonParts.storageEngine(dataSource, settings, serializer, transactions,
                                    100, stored -> beans.getEvent().select(SnapshotStored.class).fire(stored)))
                            .messageMonitor(c.messageMonitor(EventStore.class, "eventStore"))
                            // how soon events appended by other services are read when nothing happens here
                            .fetchDelay(settings.pollMillis())
                            .build();
                    store.registerDispatchInterceptor(hashChain);
                    store.registerDispatchInterceptor(metrics.eventsAppended());
                    store.registerDispatchInterceptor(signalAfterCommit());
                    return store;
                })
                .configureCommandBus(c -> commandBus(c, transactions, canonical))
                .registerComponent(CommandGateway.class, c -> DefaultCommandGateway.builder()
                        .commandBus(c.commandBus())
                        .retryScheduler(new ConcurrencyRetry(retryExecutor, settings.commandRetries(), 10))
                        .build())
                .configureResourceInjector(c -> new CdiResourceInjector(beans))
                .registerComponent(ParameterResolverFactory.class, c -> CdiParameterResolverFactory.of(c, beans));

        HandlerDiscovery discovery = HandlerDiscovery.fromClassPath(classLoader);
        discovery.aggregates().forEach(type -> configurer.configureAggregate(
                AxonParts.aggregate(type, settings)));
        EventProcessingConfigurer processing = configurer.eventProcessing();
        processing.usingPooledStreamingEventProcessors((c, builder) -> builder)
                .configureDefaultStreamableMessageSource(c -> eventSource(c.eventStore()))
                .registerTokenStore(c -> JdbcTokenStore.builder()
                        .connectionProvider(dataSource::getConnection)
                        .serializer(serializer)
                        .schema(TokenSchema.builder().setTokenTable(settings.schema() + ".token_entry")
                                .setProcessorNameColumn("processor_name").setTokenTypeColumn("token_type")
                                .build())
                        .nodeId(ManagementFactory.getRuntimeMXBean().getName())
                        .claimTimeout(settings.tokenClaimTimeout())
                        .build())
                .registerSagaStore(c -> JdbcSagaStore.builder()
                        .connectionProvider(dataSource::getConnection)
                        .sqlSchema(new PostgresSagaSqlSchema(SagaSchema.builder()
                                .sagaEntryTable(settings.schema() + ".saga_entry")
                                .associationValueEntryTable(settings.schema() + ".association_value_entry")
                                .sagaIdColumn("saga_id").sagaTypeColumn("saga_type")
                                .serializedSagaColumn("serialized_saga")
                                .associationKeyColumn("association_key").associationValueColumn("association_value")
                                .build()))
                        .serializer(serializer)
                        .build())
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                .registerDefaultTransactionManager(c -> transactions);
        discovery.sagas().forEach(processing::registerSaga);
        Map<Class<?>, Object> handlers = new HashMap<>();
        for (Class<?> type : discovery.projections()) {
            Object handler = handlers.computeIfAbsent(type, t -> AxonParts.bean(beans, t));
            processing.registerEventHandler(c -> handler);
        }
        for (Class<?> type : discovery.commandHandlers()) {
            // created when Axon starts, so that the repositories it is given exist by then
            configurer.registerCommandHandler(c -> handlers.computeIfAbsent(type, t -> AxonParts.bean(beans, t)));
        }
        for (Class<?> type : discovery.queryHandlers()) {
            Object handler = handlers.computeIfAbsent(type, t -> AxonParts.bean(beans, t));
            configurer.registerQueryHandler(c -> handler);
        }
        new ProcessorTuning(settings).apply(processing, discovery);
        return configurer.buildConfiguration();
    }

    private synchronized SignallingEventSource eventSource(EventStore store) {
        if (eventSource == null) {
            eventSource = new SignallingEventSource(store, Duration.ofMillis(settings.pollMillis()));
        }
        return eventSource;
    }

    /** Wakes the processors of this service as soon as a unit of work with new events has committed. */
    private MessageDispatchInterceptor<EventMessage<?>> signalAfterCommit() {
        return messages -> (index, event) -> {
            if (index == messages.size() - 1 && CurrentUnitOfWork.isStarted()) {
                CurrentUnitOfWork.get().afterCommit(u -> {
                    if (eventSource != null) {
                        eventSource.signal();
                    }
                });
            }
            return event;
        };
    }

    /** The event store read in big batches, for reading the whole stream once (a projection rebuilt aside). */
    public JdbcEventStorageEngine bulkReader() {
        configuration();
        JdbcEventStorageEngine reader = bulkReader;
        if (reader == null) {
            synchronized (this) {
                if (bulkReader == null) {
                    bulkReader = AxonParts.storageEngine(dataSource, settings, serializer, transactions, 2000,
                            stored -> { });
                }
                reader = bulkReader;
            }
        }
        return reader;
    }

    /** The transaction manager of the units of work (one JTA transaction). */
    public TransactionManager transactionManager() {
        configuration();
        return transactions;
    }

    private CommandBus commandBus(Configuration c, TransactionManager transactions, CanonicalJson canonical) {
        SimpleCommandBus bus = SimpleCommandBus.builder()
                .transactionManager(transactions)
                .messageMonitor(c.messageMonitor(CommandBus.class, "commandBus"))
                .build();
        bus.registerHandlerInterceptor(new CorrelationDataInterceptor<CommandMessage<?>>(c.correlationDataProviders()));
        bus.registerHandlerInterceptor(metrics.commandsHandled());
        bus.registerHandlerInterceptor(new IdempotencyInterceptor(idempotencyStore, canonical));
        return bus;
    }

    /**
     * Correlation keeps the request id a message chain started with (else the first message's id); causation is
     * the message that directly caused the next.
     */
    private static Map<String, ?> origin(Message<?> message) {
        Object correlation = message.getMetaData().getOrDefault(EventMetadata.CORRELATION_ID,
                message.getIdentifier());
        return Map.of(EventMetadata.CORRELATION_ID, correlation,
                EventMetadata.CAUSATION_ID, message.getIdentifier());
    }
}
