package org.relieftrace.relief;

import org.relieftrace.architecture.Module;
import org.relieftrace.architecture.ModuleArchitecture;

/** The shared architecture rules, run against the relief service. */
class ArchitectureTest extends ModuleArchitecture {

    ArchitectureTest() {
        super(Module.RELIEF);
    }
}
