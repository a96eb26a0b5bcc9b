package org.relieftrace.registry;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.modelling.command.AggregateRoot;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Aggregates are plain domain code: no Quarkus, no HTTP, no CDI, no read models. */
class LayeringTest {

    private static final JavaClasses REGISTRY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.relieftrace.registry");

    @Test
    void aggregatesImportNoFrameworkButAxon() {
        noClasses().that().areAnnotatedWith(AggregateRoot.class)
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta.ws.rs..",
                        "jakarta.inject..", "jakarta.enterprise..", "org.relieftrace.platform.readmodel..",
                        "org.relieftrace.platform.command..", "org.relieftrace.platform.security..")
                .check(REGISTRY);
    }

    @Test
    void noFeatureReadsAnotherServicesSchema() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.relieftrace.supplies..",
                "org.relieftrace.relief..").check(REGISTRY);
    }
}
