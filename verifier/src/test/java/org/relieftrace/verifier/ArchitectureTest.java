package org.relieftrace.verifier;

import org.relieftrace.architecture.Module;
import org.relieftrace.architecture.ModuleArchitecture;

/** The shared architecture rules, run against the offline verifier. */
class ArchitectureTest extends ModuleArchitecture {

    ArchitectureTest() {
        super(Module.VERIFIER);
    }
}
