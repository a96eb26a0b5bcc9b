package org.relieftrace.platform;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The platform's own house rules: its packages form no cycle, and it knows no service. */
class PlatformLayeringTest {

    private final JavaClasses platform = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.relieftrace.platform");

    @Test
    void packagesFormNoCycle() {
        slices().matching("org.relieftrace.platform.(*)..").should().beFreeOfCycles().check(platform);
    }

    @Test
    void platformDependsOnNoServiceNorTheGateway() {
        // the chain module holds the pure classes of the stored form, beneath the platform like contracts
        noClasses().that().resideInAPackage("org.relieftrace.platform..")
                .should().dependOnClassesThat(resideInAPackage("org.relieftrace..")
                        .and(not(resideInAnyPackage("org.relieftrace.platform..", "org.relieftrace.contracts..",
                                "org.relieftrace.chain.."))))
                .check(platform);
    }
}
