package org.relieftrace.verifier;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.relieftrace.chain.OfflineVerification;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An auditor runs the verifier on a machine of their own, which may have only Java 17: every class of the verifier
 * and of the chain it verifies with is compiled for Java 17 (class file version 61) or older.
 */
class RunsOnJava17Test {

    private static final int JAVA_17 = 61;

    @Test
    void theVerifierAndTheChainLoadOnJava17() throws Exception {
        List<String> newer = new ArrayList<>();
        for (Class<?> anchor : List.of(Verifier.class, OfflineVerification.class)) {
            Path root = rootOf(anchor);
            try (Stream<Path> classes = Files.walk(root)) {
                for (Path file : classes.filter(p -> p.toString().endsWith(".class")).toList()) {
                    int major = majorVersion(file);
                    if (major > JAVA_17) {
                        newer.add(root.relativize(file) + " (" + major + ")");
                    }
                }
            }
        }
        assertThat(newer).as("classes compiled for a Java newer than 17").isEmpty();
    }

    @Test
    void aClassFileVersionIsReadFromItsHeader() throws Exception {
        assertThat(majorVersion(rootOf(Verifier.class).resolve("org/relieftrace/verifier/Verifier.class")))
                .isBetween(52, JAVA_17);
    }

    /** The class folder (or jar, opened as a file system) a class was loaded from. */
    private static Path rootOf(Class<?> type) throws URISyntaxException, IOException {
        Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(location)) {
            return location;
        }
        return java.nio.file.FileSystems.newFileSystem(location).getPath("/");
    }

    private static int majorVersion(Path classFile) throws IOException {
        try (InputStream in = Files.newInputStream(classFile); DataInputStream data = new DataInputStream(in)) {
            assertThat(data.readInt()).as("class file magic of " + classFile).isEqualTo(0xCAFEBABE);
            data.readUnsignedShort();
            return data.readUnsignedShort();
        }
    }
}
