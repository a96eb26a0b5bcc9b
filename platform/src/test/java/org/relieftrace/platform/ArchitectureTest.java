package org.relieftrace.platform;

import org.relieftrace.architecture.Module;
import org.relieftrace.architecture.ModuleArchitecture;

/** The shared architecture rules, run against the platform. */
class ArchitectureTest extends ModuleArchitecture {

    ArchitectureTest() {
        super(Module.PLATFORM);
    }
}
