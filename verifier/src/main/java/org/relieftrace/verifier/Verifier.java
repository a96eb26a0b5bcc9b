package org.relieftrace.verifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.relieftrace.platform.audit.OfflineVerification;

/**
 * 离线校验 — {@code java -jar verifier.jar [--range] export.ndjson}: checks the hash chains of an export of the event
 * store ({@code /audit/export}), prints every broken event (aggregate, sequence, event id, reason) and exits 1 when
 * anything is broken, 0 when intact, 2 on bad usage. {@code --range} for the export of a range of global indexes:
 * an aggregate is then checked from its first exported event. {@code -} reads the export from standard input.
 */
public final class Verifier {

    private Verifier() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the verifier on the command-line arguments; answers the exit code. */
    public static int run(String... args) {
        boolean range = false;
        String file = null;
        for (String arg : args) {
            if (arg.equals("--range")) {
                range = true;
            } else if (file == null && (arg.equals("-") || !arg.startsWith("-"))) {
                file = arg;
            } else {
                file = null;
                break;
            }
        }
        if (file == null) {
            System.err.println("usage: java -jar verifier.jar [--range] export.ndjson|-");
            return 2;
        }
        try (BufferedReader export = file.equals("-")
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            return new OfflineVerification().verifyAndReport(export, !range, System.out);
        } catch (IOException e) {
            System.err.println("cannot read " + file + ": " + e.getMessage());
            return 2;
        }
    }
}
