package org.relieftrace.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;

import static com.tngtech.archunit.base.DescribedPredicate.describe;

/**
 * The roles a class plays in a feature, recognised from its bytecode by name and annotation (the rules depend on no
 * module of ours and on no framework jar): resources, aggregates, sagas, and the persistence types a resource may not
 * touch.
 */
public final class Roles {

    static final String PATH = "jakarta.ws.rs.Path";
    static final String AGGREGATE_ROOT = "org.axonframework.modelling.command.AggregateRoot";
    static final String AGGREGATE_IDENTIFIER = "org.axonframework.modelling.command.AggregateIdentifier";
    static final String ENTITY_ID = "org.axonframework.modelling.command.EntityId";
    static final String SAGA_EVENT_HANDLER = "org.axonframework.modelling.saga.SagaEventHandler";
    static final String EVENT_STORE = "org.axonframework.eventsourcing.eventstore.EventStore";
    static final String EVENT_STORAGE_ENGINE = "org.axonframework.eventsourcing.eventstore.EventStorageEngine";
    static final String QUERY_GATEWAY = "org.axonframework.queryhandling.QueryGateway";

    /** A resource (资源): named {@code *Resource} or annotated {@code @Path}. */
    public static final DescribedPredicate<JavaClass> RESOURCES = describe("are resources (*Resource or @Path)",
            c -> c.getSimpleName().endsWith("Resource") || c.isAnnotatedWith(PATH));

    /** An aggregate (聚合) or one of its entities: {@code @AggregateRoot}, or an identifier field Axon routes by. */
    public static final DescribedPredicate<JavaClass> AGGREGATES = describe(
            "are aggregates (@AggregateRoot, @AggregateIdentifier or @EntityId fields)",
            c -> c.isAnnotatedWith(AGGREGATE_ROOT) || c.getAllFields().stream()
                    .anyMatch(f -> f.isAnnotatedWith(AGGREGATE_IDENTIFIER) || f.isAnnotatedWith(ENTITY_ID)));

    /** A saga (流程): named {@code *Saga} or handling events with {@code @SagaEventHandler}. */
    public static final DescribedPredicate<JavaClass> SAGAS = describe("are sagas (*Saga or @SagaEventHandler)",
            c -> c.getSimpleName().endsWith("Saga")
                    || c.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(SAGA_EVENT_HANDLER)));

    /** The platform's JDBC helper for read models ({@code Sql}), wherever in the platform it lives. */
    public static final DescribedPredicate<JavaClass> PLATFORM_SQL = describe("are the platform's Sql",
            c -> c.getSimpleName().equals("Sql") && c.getPackageName().startsWith("org.relieftrace.platform"));

    /** JDBC: {@code java.sql}, {@code javax.sql} and the platform's {@code Sql}. */
    public static final DescribedPredicate<JavaClass> JDBC = describe("are JDBC (java.sql, javax.sql, platform Sql)",
            c -> inPackage(c, "java.sql") || inPackage(c, "javax.sql") || PLATFORM_SQL.test(c));

    /** What a resource leaves to projections and queries: JDBC, the event store, JPA and Hibernate. */
    public static final DescribedPredicate<JavaClass> PERSISTENCE = describe(
            "are persistence (JDBC, Axon EventStore/EventStorageEngine, JPA EntityManager, Hibernate)",
            c -> JDBC.test(c) || c.isAssignableTo(EVENT_STORE) || c.isAssignableTo(EVENT_STORAGE_ENGINE)
                    || inPackage(c, "jakarta.persistence") || inPackage(c, "org.hibernate")
                    || inPackage(c, "io.quarkus.hibernate"));

    /** Axon's query bus front: inside a service, resources call the feature's {@code *Queries} directly. */
    public static final DescribedPredicate<JavaClass> QUERY_GATEWAY_TYPE = describe("are Axon's QueryGateway",
            c -> c.isAssignableTo(QUERY_GATEWAY));

    /** What pure domain code does not import: Quarkus, JAX-RS, CDI and JDBC. */
    public static final DescribedPredicate<JavaClass> FRAMEWORK = describe(
            "are Quarkus, JAX-RS, CDI or JDBC (io.quarkus, jakarta.ws.rs, jakarta.enterprise, jakarta.inject, java.sql,"
                    + " javax.sql, platform Sql)",
            c -> inPackage(c, "io.quarkus") || inPackage(c, "jakarta.ws.rs") || inPackage(c, "jakarta.enterprise")
                    || inPackage(c, "jakarta.inject") || JDBC.test(c));

    /**
     * The JSR-330 {@code @Inject} annotation alone: the one way Axon's resource injectors (and its
     * {@code SagaTestFixture}) hand a saga its resources, so a saga may carry it without needing a container.
     */
    public static final DescribedPredicate<JavaClass> RESOURCE_INJECTION = describe(
            "are the resource-injection annotation jakarta.inject.Inject",
            c -> c.getName().equals("jakarta.inject.Inject"));

    private Roles() {
    }

    private static boolean inPackage(JavaClass c, String prefix) {
        String name = c.getPackageName();
        return name.equals(prefix) || name.startsWith(prefix + ".");
    }
}
