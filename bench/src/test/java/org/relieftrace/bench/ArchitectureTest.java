package org.relieftrace.bench;

import org.relieftrace.architecture.Module;
import org.relieftrace.architecture.ModuleArchitecture;

/** The shared architecture rules, run against the benchmarks. */
class ArchitectureTest extends ModuleArchitecture {

    ArchitectureTest() {
        super(Module.BENCH);
    }
}
