package org.relieftrace.verifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;

import org.relieftrace.chain.CryptoSuite;
import org.relieftrace.chain.OfflineVerification;

/**
 * 离线校验 — {@code java -jar verifier.jar [--range] [--public-key KEY]... export.ndjson}: checks the hash chains of an
 * export of the event store ({@code /audit/export}) and its signed checkpoints (with the published keys given by
 * {@code --public-key}, base64 or a file, once per crypto suite: an Ed25519 key checks the INTERNATIONAL checkpoints,
 * an SM2 key the SM ones), each event and checkpoint in the suite it records; prints every broken event (aggregate,
 * sequence, event id, reason) and checkpoint, and exits 1 when anything is broken, 0 when intact, 2 on bad usage.
 * {@code --range} for the export of a range of global indexes: an aggregate is then checked from its first exported
 * event. {@code -} reads the export from standard input.
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
        List<String> publicKeys = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--range")) {
                range = true;
            } else if (arg.equals("--public-key") && i + 1 < args.length) {
                publicKeys.add(args[++i]);
            } else if (file == null && (arg.equals("-") || !arg.startsWith("-"))) {
                file = arg;
            } else {
                file = null;
                break;
            }
        }
        if (file == null) {
            System.err.println("usage: java -jar verifier.jar [--range] [--public-key KEY|key-file]..."
                    + " export.ndjson|-   (one --public-key per crypto suite: Ed25519 for INTERNATIONAL, SM2 for SM)");
            return 2;
        }
        List<PublicKey> trusted = new ArrayList<>();
        for (String publicKey : publicKeys) {
            try {
                String text = Files.isRegularFile(Path.of(publicKey)) ? Files.readString(Path.of(publicKey))
                        : publicKey;
                trusted.add(CryptoSuite.ofPublicKey(text).publicKey(text));
            } catch (IOException | IllegalArgumentException e) {
                System.err.println("cannot read the public key: " + e.getMessage());
                return 2;
            }
        }
        if (trusted.isEmpty()) {
            System.out.println("NOTE checkpoints are checked with the key in the export itself; pass --public-key"
                    + " with the published key of each suite (/audit/checkpoints/public-key?suite=) to tell who"
                    + " signed them");
        }
        try (BufferedReader export = file.equals("-")
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            return new OfflineVerification(trusted.toArray(PublicKey[]::new)).verifyAndReport(export, !range,
                    System.out);
        } catch (IOException e) {
            System.err.println("cannot read " + file + ": " + e.getMessage());
            return 2;
        }
    }
}
