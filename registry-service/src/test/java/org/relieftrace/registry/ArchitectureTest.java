package org.relieftrace.registry;

import org.relieftrace.architecture.Module;
import org.relieftrace.architecture.ModuleArchitecture;

/** The shared architecture rules, run against the registry service. */
class ArchitectureTest extends ModuleArchitecture {

    ArchitectureTest() {
        super(Module.REGISTRY);
    }
}
