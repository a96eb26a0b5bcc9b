package org.relieftrace.chain;

import org.relieftrace.architecture.Module;
import org.relieftrace.architecture.ModuleArchitecture;

/** The shared architecture rules, run against the hash chain's pure classes. */
class ArchitectureTest extends ModuleArchitecture {

    ArchitectureTest() {
        super(Module.CHAIN);
    }
}
