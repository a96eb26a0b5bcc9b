package org.relieftrace.relief;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.axonframework.modelling.command.AggregateRoot;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

class LayeringTest {

    private final JavaClasses service = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.relieftrace.relief");

    @Test
    void aggregatesArePureDomainCode() {
        classes().that().areAnnotatedWith(AggregateRoot.class)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.axonframework..",
                        "org.relieftrace.contracts..", "org.relieftrace.platform.domain..",
                        "org.relieftrace.relief..")
                .check(service);
    }

    @Test
    void resourcesDoNotTouchTheAggregatesDirectly() {
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().areAnnotatedWith(AggregateRoot.class)
                .check(service);
    }

    @Test
    void featurePackagesDependOnEachOtherWithoutCycles() {
        slices().matching("org.relieftrace.relief.(*)..").should().beFreeOfCycles().check(service);
    }

    @Test
    void resourcesRunNoSqlAndReadNoEventStore() {
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.relieftrace.platform.readmodel.Sql")
                .orShould().dependOnClassesThat().resideInAnyPackage("org.axonframework.eventsourcing..",
                        "java.sql..", "jakarta.persistence..")
                .check(service);
    }

    @Test
    void noTableOfAnotherServiceIsRead() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.relieftrace.registry..",
                        "org.relieftrace.supplies..")
                .check(service);
    }
}
