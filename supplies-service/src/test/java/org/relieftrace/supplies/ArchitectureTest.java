package org.relieftrace.supplies;

import org.relieftrace.architecture.Module;
import org.relieftrace.architecture.ModuleArchitecture;

/** The shared architecture rules, run against the supplies service. */
class ArchitectureTest extends ModuleArchitecture {

    ArchitectureTest() {
        super(Module.SUPPLIES);
    }
}
