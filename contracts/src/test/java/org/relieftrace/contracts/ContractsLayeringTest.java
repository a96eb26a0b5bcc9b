package org.relieftrace.contracts;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

class ContractsLayeringTest {

    private final JavaClasses contracts = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.relieftrace.contracts");

    @Test
    void messagesDependOnNothingButJavaAndAxonRoutingAnnotations() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.relieftrace.contracts..", "org.axonframework.modelling.command",
                        "org.axonframework.serialization")
                .check(contracts);
    }

    @Test
    void messagesAreRecordsOrEnums() {
        classes().that().areNotInterfaces().and().doNotHaveSimpleName("package-info")
                .should().beRecords().orShould().beEnums()
                .check(contracts);
    }
}
