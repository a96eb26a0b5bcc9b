package org.relieftrace.architecture;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * 模块 — one Maven module of ReliefTrace as the architecture rules see it: its base package, the modules below it
 * that it may use, the read-model schemas it owns, and whether its SQL is checked for the schemas of others.
 *
 * <p>The module house: services stand on {@code platform} and {@code contracts}; the platform stands on
 * {@code contracts} and {@code chain} (the hash chain's pure classes, compiled for Java 17); the gateway speaks HTTP to
 * the services and may share only {@code contracts}; the tools ({@code bench}, {@code verifier}) stand outside the
 * running system, the verifier on {@code chain} alone.
 *
 * @param name         the last segment of the base package, e.g. {@code supplies}
 * @param mayUse       the names of the other modules whose packages this one may depend on
 * @param schemas      the PostgreSQL schemas this module owns (a service's read models and their replay shadow)
 * @param sqlIsChecked whether this module's SQL may name only its own schemas and the shared event store
 */
public record Module(String name, Set<String> mayUse, List<String> schemas, boolean sqlIsChecked) {

    /** The event store schema every service appends to and reads: shared, so any module may name it. */
    public static final String EVENT_STORE_SCHEMA = "eventstore";

    public static final Module CONTRACTS = new Module("contracts", Set.of(), List.of(), true);
    /** The chain's proof in plain Java: stands on nothing of ours, so the verifier can carry it to Java 17. */
    public static final Module CHAIN = new Module("chain", Set.of(), List.of(), true);
    public static final Module PLATFORM = new Module("platform", Set.of("contracts", "chain"), List.of(), true);
    public static final Module REGISTRY = service("registry");
    public static final Module SUPPLIES = service("supplies");
    public static final Module RELIEF = service("relief");
    public static final Module GATEWAY = new Module("gateway", Set.of("contracts"), List.of(), true);
    /** Bench measures the running system from outside, reading every service's tables by design. */
    public static final Module BENCH = new Module("bench", Set.of("contracts", "platform", "chain"), List.of(), false);
    public static final Module VERIFIER = new Module("verifier", Set.of("chain"), List.of(), true);

    /** The services, each with a schema of its own that no other module's SQL names. */
    public static final List<Module> SERVICES = List.of(REGISTRY, SUPPLIES, RELIEF);

    /** A service: stands on platform, contracts and chain, owns the schema of its name and that schema's replay shadow. */
    public static Module service(String name) {
        return new Module(name, Set.of("contracts", "platform", "chain"), List.of(name, name + "_replay"), true);
    }

    /** {@code org.relieftrace.<name>}. */
    public String basePackage() {
        return "org.relieftrace." + name;
    }

    /** The package patterns (ArchUnit syntax) of this module and the modules it may use. */
    public String[] allowedPackages() {
        return Stream.concat(Stream.of(name), mayUse.stream()).map(m -> "org.relieftrace." + m + "..")
                .toArray(String[]::new);
    }

    /** The schemas of the services other than this module; empty when this module's SQL is not checked. */
    public List<String> foreignSchemas() {
        if (!sqlIsChecked) {
            return List.of();
        }
        return SERVICES.stream().flatMap(s -> s.schemas().stream()).filter(s -> !schemas.contains(s)).toList();
    }
}
