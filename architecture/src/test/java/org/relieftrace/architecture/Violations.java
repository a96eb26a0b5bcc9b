package org.relieftrace.architecture;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;

import java.util.List;

/** What a rule reports on the fixture classes of some packages: the lines of its failure report. */
final class Violations {

    private Violations() {
    }

    static List<String> of(ArchRule rule, String... packages) {
        return rule.evaluate(new ClassFileImporter().importPackages(packages)).getFailureReport().getDetails();
    }

    /** The simple names of the given fixture classes that the report names, in the order given. */
    static List<String> named(List<String> report, String... simpleNames) {
        return List.of(simpleNames).stream()
                .filter(name -> report.stream().anyMatch(line -> line.matches("(?s).*\\." + name + "[.$>:\\s].*")))
                .toList();
    }
}
