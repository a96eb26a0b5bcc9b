package org.relieftrace.platform.axon;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import org.relieftrace.chain.CryptoSuite;

/**
 * {@code relief.*} settings of the Axon wiring: the service's own schema, and per-name tuning of event processors and
 * aggregates, e.g. {@code relief.processors."stock".segments=2} or
 * {@code relief.aggregates.DepotStock.snapshot-threshold=200}.
 */
@ConfigMapping(prefix = "relief")
public interface AxonSettings {

    /** The service's own PostgreSQL schema: read models, tokens, sagas, idempotency records. */
    String schema();

    /** The shared event store schema. */
    @WithName("event-store-schema")
    @WithDefault("eventstore")
    String eventStoreSchema();

    /** Retries of a command that lost an optimistic-concurrency race. */
    @WithName("command-retries")
    @WithDefault("5")
    int commandRetries();

    /** How often, in milliseconds, processors look for events appended by other services or instances. */
    @WithName("event-poll-millis")
    @WithDefault("100")
    long pollMillis();

    /** The hash chain's and the checkpoints' cryptography. */
    Crypto crypto();

    /**
     * Instances of this service that run side by side on the one store (env {@code RELIEF_INSTANCES}, set by
     * {@code ./relief up --instances N}). Above one, processor segments are balanced over the instances
     * ({@code SegmentBalancer}) and aggregate caches are off (another instance may have changed an aggregate).
     */
    @WithDefault("1")
    int instances();

    /** How long a segment claim of an instance that stopped extending it holds before another instance takes over. */
    @WithName("token-claim-timeout")
    @WithDefault("10s")
    Duration tokenClaimTimeout();

    /** How often a processor tries to claim segments no instance holds. */
    @WithName("token-claim-interval")
    @WithDefault("2s")
    Duration tokenClaimInterval();

    /** How often an instance of several gives up the segments it holds beyond its equal share. */
    @WithName("segment-balance-interval")
    @WithDefault("30s")
    Duration segmentBalanceInterval();

    /** Pooled streaming processors, by processing group name. */
    Map<String, Processor> processors();

    /** Aggregates, by simple class name. */
    Map<String, Aggregate> aggregates();

    /** Defaults for processors not named under {@code relief.processors}. */
    @WithName("processor-defaults")
    Processor processorDefaults();

    /** Tuning of one pooled streaming processor. */
    interface Processor {
        /** Segments the stream is split into when the processor first starts. */
        @WithDefault("2")
        int segments();

        /** Worker threads handling segments. */
        @WithDefault("2")
        int threads();

        /** Events per transaction. */
        @WithName("batch-size")
        @WithDefault("200")
        int batchSize();
    }

    /** {@code relief.crypto.*}. */
    interface Crypto {
        /**
         * The suite new events are hashed and new checkpoints signed with ({@code RELIEF_CRYPTO_SUITE}):
         * {@code INTERNATIONAL} (SHA-256 and Ed25519, the default) or {@code SM} (SM3 and SM2), see
         * {@link CryptoSuite}. Stored events and checkpoints keep the suite they record.
         */
        @WithDefault("INTERNATIONAL")
        CryptoSuite suite();
    }

    /** Tuning of one aggregate type. */
    interface Aggregate {
        /** Take a snapshot after this many events since the last one; absent means never. */
        @WithName("snapshot-threshold")
        Optional<Integer> snapshotThreshold();

        /** How many loaded instances to keep in memory between commands (least recently used go first); 0 = none. */
        @WithName("cache-size")
        @WithDefault("0")
        int cacheSize();
    }
}
