package org.relieftrace.architecture;

import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * 架构规则 — the ArchUnit rules every module of ReliefTrace is held to, built for one module. The same rules for all
 * modules; a rule about a role a module does not have (the gateway has no aggregates) passes there vacuously.
 */
public final class ArchitectureRules {

    private final Module module;

    public ArchitectureRules(Module module) {
        this.module = module;
    }

    /** A resource speaks HTTP: it leaves SQL, the event store, JPA and Hibernate to projections and queries. */
    public ArchRule resourcesUseNoPersistence() {
        return noClasses().that(Roles.RESOURCES).and().resideInAPackage(ownClasses())
                .should().dependOnClassesThat(Roles.PERSISTENCE)
                .because("a resource validates, checks access and sends one command or runs one query (*Queries)")
                .allowEmptyShould(true);
    }

    /** A resource sends commands; it neither loads nor builds an aggregate. */
    public ArchRule resourcesUseNoAggregates() {
        return noClasses().that(Roles.RESOURCES).and().resideInAPackage(ownClasses())
                .should().dependOnClassesThat(Roles.AGGREGATES)
                .because("the rules live in the aggregate, reached only through a command")
                .allowEmptyShould(true);
    }

    /** Inside a service, a query is a plain typed call on the feature's {@code *Queries}, not a query-bus message. */
    public ArchRule resourcesCallQueriesDirectly() {
        return noClasses().that(Roles.RESOURCES).and().resideInAPackage(ownClasses())
                .should().dependOnClassesThat(Roles.QUERY_GATEWAY_TYPE)
                .because("resources call the feature's *Queries directly")
                .allowEmptyShould(true);
    }

    /** Aggregates and sagas are plain domain code that Axon's test fixtures run without a container. */
    public ArchRule aggregatesAndSagasImportNoFramework() {
        return noClasses().that(Roles.AGGREGATES.or(Roles.SAGAS)).and().resideInAPackage(ownClasses())
                .should().dependOnClassesThat(Roles.FRAMEWORK.and(not(Roles.RESOURCE_INJECTION)))
                .because("domain code runs in Axon's fixtures without Quarkus, HTTP, CDI or a database (a saga's"
                        + " resources come through @Inject, which Axon's resource injectors read; an aggregate may"
                        + " not use even that: see aggregatesDependOnlyOnDomainCode)")
                .allowEmptyShould(true);
    }

    /** An aggregate uses only Java, Axon, the published contracts, the platform's domain types and its own module. */
    public ArchRule aggregatesDependOnlyOnDomainCode() {
        return classes().that(Roles.AGGREGATES).and().resideInAPackage(ownClasses())
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.axonframework..",
                        "org.relieftrace.contracts..", "org.relieftrace.platform..domain..", ownClasses())
                .because("an aggregate holds the rules, not the plumbing")
                .allowEmptyShould(true);
    }

    /** The feature packages ({@code org.relieftrace.<module>.(feature)..}) depend on each other without cycles. */
    public ArchRule featureSlicesAreFreeOfCycles() {
        return slices().matching(module.basePackage() + ".(*)..").namingSlices(module.name() + " feature $1")
                .should().beFreeOfCycles()
                .allowEmptyShould(true);
    }

    /**
     * No package of the module depends on itself through another: the package graph is a tree of layers, the measure
     * of {@code infra/tools/code-figures}, finer than the feature slices (a feature's sub-packages count).
     */
    public ArchRule packagesAreFreeOfCycles() {
        return slices().matching(module.basePackage() + ".(**)").namingSlices(module.name() + " package $1")
                .should().beFreeOfCycles()
                .allowEmptyShould(true);
    }

    /**
     * A module uses only the modules below it: no service another service, the platform no service, the gateway
     * nothing of ours but the contracts.
     */
    public ArchRule usesOnlyTheModulesBelow() {
        return noClasses().that().resideInAPackage(ownClasses())
                .should().dependOnClassesThat(resideInAPackage("org.relieftrace..")
                        .and(not(resideInAnyPackage(module.allowedPackages()))))
                .as("classes of " + module.name() + " should use of ReliefTrace only "
                        + String.join(", ", module.allowedPackages()))
                .because("services stand on platform and contracts, the platform on contracts, the gateway speaks "
                        + "HTTP, and nothing points back up")
                .allowEmptyShould(true);
    }

    private String ownClasses() {
        return module.basePackage() + "..";
    }
}
