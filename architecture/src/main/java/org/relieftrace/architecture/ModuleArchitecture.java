package org.relieftrace.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shared architecture tests, run by each module against its own main classes and sources. A module's test is one
 * line: {@code class ArchitectureTest extends ModuleArchitecture { ArchitectureTest() { super(Module.SUPPLIES); } }}.
 */
public abstract class ModuleArchitecture {

    private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    private final Module module;
    private final ArchitectureRules rules;

    protected ModuleArchitecture(Module module) {
        this.module = module;
        this.rules = new ArchitectureRules(module);
    }

    /** Guards the guard: rules over no classes would pass whatever the code. */
    @Test
    void rulesSeeTheModulesMainClasses() {
        assertFalse(mainClasses().isEmpty(), () -> "no main classes found in " + module.basePackage());
    }

    @Test
    void resourcesUseNoPersistence() {
        rules.resourcesUseNoPersistence().check(mainClasses());
    }

    @Test
    void resourcesUseNoAggregates() {
        rules.resourcesUseNoAggregates().check(mainClasses());
    }

    @Test
    void resourcesCallQueriesDirectly() {
        rules.resourcesCallQueriesDirectly().check(mainClasses());
    }

    @Test
    void aggregatesAndSagasImportNoFramework() {
        rules.aggregatesAndSagasImportNoFramework().check(mainClasses());
    }

    @Test
    void aggregatesDependOnlyOnDomainCode() {
        rules.aggregatesDependOnlyOnDomainCode().check(mainClasses());
    }

    @Test
    void featureSlicesAreFreeOfCycles() {
        rules.featureSlicesAreFreeOfCycles().check(mainClasses());
    }

    @Test
    void packagesAreFreeOfCycles() {
        rules.packagesAreFreeOfCycles().check(mainClasses());
    }

    @Test
    void usesOnlyTheModulesBelow() {
        rules.usesOnlyTheModulesBelow().check(mainClasses());
    }

    @Test
    void sqlNamesNoOtherServicesSchema() {
        List<String> references = new SchemaReferences(module.foreignSchemas()).in(moduleDir());
        assertTrue(references.isEmpty(), () -> module.name() + " names the schema of another service ("
                + module.foreignSchemas() + "):\n" + String.join("\n", references));
    }

    private JavaClasses mainClasses() {
        return IMPORTED.computeIfAbsent(module.basePackage(), base -> new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(base));
    }

    /** The module's directory: Maven runs the tests there and names it in {@code basedir}. */
    private static Path moduleDir() {
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    }
}
