package org.relieftrace.gateway;

import org.relieftrace.architecture.Module;
import org.relieftrace.architecture.ModuleArchitecture;

/** The shared architecture rules, run against the gateway. */
class ArchitectureTest extends ModuleArchitecture {

    ArchitectureTest() {
        super(Module.GATEWAY);
    }
}
