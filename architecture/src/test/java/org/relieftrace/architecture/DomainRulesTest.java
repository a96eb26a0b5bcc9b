package org.relieftrace.architecture;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DomainRulesTest {

    private static final String DOMAIN = "org.relieftrace.supplies.fixtures.domain";
    private static final String[] ALL = {"ContainerAggregate", "HttpAggregate", "JdbcEntity", "InjectedSaga",
            "ScopedProcess", "PlumbingAggregate", "CleanAggregate", "CleanSaga"};

    private final ArchitectureRules rules = new ArchitectureRules(Module.SUPPLIES);

    /**
     * A saga's resources come through {@code @Inject}, the annotation Axon's resource injectors read (in the service
     * and in its {@code SagaTestFixture}): that alone is allowed; a CDI scope is not.
     */
    @Test
    void aggregatesAndSagasThatImportQuarkusHttpCdiOrJdbcAreReported() {
        List<String> report = Violations.of(rules.aggregatesAndSagasImportNoFramework(), DOMAIN);

        assertThat(Violations.named(report, ALL))
                .containsExactly("ContainerAggregate", "HttpAggregate", "JdbcEntity", "ScopedProcess");
    }

    /** The JDK is allowed here as a whole ({@code java.sql} included): the framework rule above catches JDBC. */
    @Test
    void anAggregateThatUsesPlatformPlumbingIsReported() {
        List<String> report = Violations.of(rules.aggregatesDependOnlyOnDomainCode(), DOMAIN);

        assertThat(Violations.named(report, ALL))
                .containsExactly("ContainerAggregate", "HttpAggregate", "PlumbingAggregate");
    }
}
