package org.relieftrace.contracts;

import org.relieftrace.architecture.Module;
import org.relieftrace.architecture.ModuleArchitecture;

/** The shared architecture rules, run against the published contracts. */
class ArchitectureTest extends ModuleArchitecture {

    ArchitectureTest() {
        super(Module.CONTRACTS);
    }
}
