package org.relieftrace.architecture;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ModuleRulesTest {

    @Test
    void aCycleBetweenFeaturePackagesIsReported() {
        List<String> report = Violations.of(new ArchitectureRules(Module.service("cycles"))
                .featureSlicesAreFreeOfCycles(), "org.relieftrace.cycles");

        assertThat(report).hasSize(1).first().asString()
                .contains("cycles feature fund", "cycles feature reliefcase").doesNotContain("payment");
    }

    @Test
    void aCycleBetweenAFeatureAndItsSubPackageIsReportedByThePackageRule() {
        List<String> report = Violations.of(new ArchitectureRules(Module.service("cycles"))
                .packagesAreFreeOfCycles(), "org.relieftrace.cycles");

        assertThat(report).anyMatch(line -> line.contains("cycles package fund -> ")
                        && line.contains("cycles package fund.ledger -> "))
                .anyMatch(line -> line.contains("cycles package reliefcase"))
                .noneMatch(line -> line.contains("payment"));
    }

    @Test
    void aPlatformClassThatImportsAServiceIsReported() {
        List<String> report = Violations.of(new ArchitectureRules(Module.PLATFORM).usesOnlyTheModulesBelow(),
                "org.relieftrace.platform.fixtures.leak");

        assertThat(Violations.named(report, "DepotLookup", "Contracted")).containsExactly("DepotLookup");
        assertThat(report).allMatch(line -> line.contains("org.relieftrace.supplies"));
    }

    @Test
    void aServiceThatImportsAnotherServiceIsReported() {
        List<String> report = Violations.of(new ArchitectureRules(Module.RELIEF).usesOnlyTheModulesBelow(),
                "org.relieftrace.relief.fixtures.leak");

        assertThat(report).isNotEmpty().allMatch(line -> line.contains("StockOfRelief")
                && line.contains("org.relieftrace.supplies"));
    }

    @Test
    void aGatewayClassThatImportsThePlatformIsReportedButTheContractsAreAllowed() {
        List<String> report = Violations.of(new ArchitectureRules(Module.GATEWAY).usesOnlyTheModulesBelow(),
                "org.relieftrace.gateway.fixtures.leak");

        assertThat(report).isNotEmpty().allMatch(line -> line.contains("ConsolePages")
                && line.contains("org.relieftrace.platform.fixtures.plumbing.Metrics"));
    }

    @Test
    void aModuleWithoutTheRolesOfARulePassesIt() {
        ArchitectureRules gateway = new ArchitectureRules(Module.GATEWAY);

        assertThat(Violations.of(gateway.aggregatesAndSagasImportNoFramework(), "org.relieftrace.contracts"))
                .isEmpty();
        assertThat(Violations.of(gateway.featureSlicesAreFreeOfCycles(), "org.relieftrace.contracts")).isEmpty();
        assertThat(Violations.of(gateway.packagesAreFreeOfCycles(), "org.relieftrace.contracts")).isEmpty();
    }
}
