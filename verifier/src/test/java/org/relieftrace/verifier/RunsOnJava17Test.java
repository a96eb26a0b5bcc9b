package org.relieftrace.verifier;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;

import org.relieftrace.chain.OfflineVerification;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An auditor runs the verifier on a machine of their own, which may have only Java 17: every class the verifier jar
 * carries — the verifier's, the chain's it verifies with, Jackson's and Bouncy Castle's — is compiled for Java 17
 * (class file version 61) or older. A multi-release jar's classes under {@code META-INF/versions/N/} are loaded only
 * by Java N or newer, so each of those is checked against its own N (Bouncy Castle ships some for Java 25): what
 * Java 17 loads is the base classes and the versions up to 17.
 */
class RunsOnJava17Test {

    private static final int JAVA_17 = 61;
    private static final Pattern VERSIONED = Pattern.compile("META-INF/versions/(\\d+)/.*");

    @Test
    void everyClassTheVerifierCarriesLoadsOnJava17() throws Exception {
        List<String> newer = new ArrayList<>();
        Set<Path> roots = new LinkedHashSet<>();
        for (Class<?> anchor : List.of(Verifier.class, OfflineVerification.class, ObjectMapper.class,
                JsonFactory.class, BouncyCastleProvider.class)) {
            roots.add(rootOf(anchor));
        }
        for (Path root : roots) {
            try (Stream<Path> classes = Files.walk(root)) {
                for (Path file : classes.filter(p -> p.toString().endsWith(".class")).toList()) {
                    String name = root.relativize(file).toString().replace('\\', '/');
                    int major = majorVersion(file);
                    if (major > highestAllowed(name)) {
                        newer.add(name + " (" + major + ")");
                    }
                }
            }
        }
        assertThat(newer).as("classes Java 17 would load that are compiled for a newer Java").isEmpty();
    }

    @Test
    void aClassForANewerJavaIsAllowedOnlyUnderItsOwnVersion() {
        assertThat(highestAllowed("org/bouncycastle/crypto/digests/SM3Digest.class")).isEqualTo(JAVA_17);
        assertThat(highestAllowed("META-INF/versions/25/org/bouncycastle/Foo.class")).isEqualTo(69);
        assertThat(highestAllowed("META-INF/versions/11/org/bouncycastle/Foo.class")).isEqualTo(55);
    }

    @Test
    void aClassFileVersionIsReadFromItsHeader() throws Exception {
        assertThat(majorVersion(rootOf(Verifier.class).resolve("org/relieftrace/verifier/Verifier.class")))
                .isBetween(52, JAVA_17);
    }

    /** The newest class file version a class at this path of a jar may have: Java 17's, or Java N's under
     * {@code META-INF/versions/N/}. */
    private static int highestAllowed(String path) {
        Matcher versioned = VERSIONED.matcher(path);
        return versioned.matches() ? 44 + Integer.parseInt(versioned.group(1)) : JAVA_17;
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
