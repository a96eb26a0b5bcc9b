package org.relieftrace.platform.postgres;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;

/**
 * PostgreSQL run as the unprivileged user {@code nobody}, for a root user on a machine where user namespaces are
 * blocked (PostgreSQL refuses to run as root, and the usual way round it, a user namespace, is not available). The
 * same binaries as the embedded server, started with {@code setpriv}; the data directory is handed to that user and
 * every parent directory must let it pass.
 */
final class UnprivilegedPostgres implements AutoCloseable {

    /** {@code nobody} / {@code nogroup} on Debian and most Linux systems. */
    private static final String UID = "65534";
    private static final String VERSION = "18.6.0";

    private final Path bin;
    private final Path data;
    private final int port;

    private UnprivilegedPostgres(Path bin, Path data, int port) {
        this.bin = bin;
        this.data = data;
        this.port = port;
    }

    /**
     * True when this process is root and PostgreSQL cannot be put in a user namespace — or when
     * {@code RELIEF_PG_DROP_PRIVILEGES=always} asks for this way explicitly (as root).
     */
    static boolean needed() {
        if (!isRoot()) {
            return false;
        }
        String choice = System.getenv().getOrDefault("RELIEF_PG_DROP_PRIVILEGES", "auto");
        return switch (choice) {
            case "always" -> true;
            case "never" -> false;
            default -> !succeeds(List.of("unshare", "-U", "true"));
        };
    }

    /** Initializes {@code data} when it is new and starts the server on {@code port} (0: any free port). */
    static UnprivilegedPostgres start(Path data, int port, Map<String, String> settings) throws IOException {
        Path bin = binaries();
        int chosen = port > 0 ? port : freePort();
        Files.createDirectories(data);
        checkTraversable(data);
        handOver(data);
        UnprivilegedPostgres server = new UnprivilegedPostgres(bin, data, chosen);
        if (!Files.exists(data.resolve("PG_VERSION"))) {
            server.run("initdb", "-D", data.toString(), "-U", "postgres", "-A", "trust", "-E", "UTF-8",
                    "--no-locale");
        }
        StringBuilder options = new StringBuilder("-p " + chosen + " -h localhost -k " + data);
        settings.forEach((key, value) -> options.append(" -c ").append(key).append('=').append(value));
        server.run("pg_ctl", "-D", data.toString(), "-l", data.resolve("server.log").toString(), "-o",
                options.toString(), "-w", "-t", "60", "start");
        return server;
    }

    int port() {
        return port;
    }

    @Override
    public void close() throws IOException {
        run("pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "-t", "60", "stop");
    }

    private void run(String program, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("setpriv", "--reuid=" + UID, "--regid=" + UID,
                "--clear-groups", "--", bin.resolve("bin/" + program).toString()));
        command.addAll(List.of(arguments));
        Path log = Files.createTempFile("relieftrace-pg-", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .directory(data.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException(program + " failed: " + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(program + " interrupted", e);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** The PostgreSQL binaries, unpacked once into a directory everyone may read and run. */
    private static synchronized Path binaries() throws IOException {
        Path target = Path.of(System.getProperty("java.io.tmpdir"), "relieftrace-pg-" + VERSION);
        Path done = target.resolve(".complete");
        if (Files.exists(done)) {
            return target;
        }
        Files.createDirectories(target);
        try (InputStream packed = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", "x86_64");
             TarArchiveInputStream tar = new TarArchiveInputStream(
                     new XZCompressorInputStream(new BufferedInputStream(packed)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("archive entry outside its directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.deleteIfExists(path);
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(path, (entry.getMode() & 0100) != 0
                            ? PosixFilePermissions.fromString("rwxr-xr-x")
                            : PosixFilePermissions.fromString("rw-r--r--"));
                }
            }
        }
        try (Stream<Path> all = Files.walk(target)) {
            for (Path path : all.filter(Files::isDirectory).toList()) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        Files.createFile(done);
        return target;
    }

    /** Gives the data directory to {@code nobody}, readable by nobody else (PostgreSQL insists). */
    private static void handOver(Path data) throws IOException {
        UserPrincipalLookupService users = data.getFileSystem().getUserPrincipalLookupService();
        GroupPrincipal group = users.lookupPrincipalByGroupName(UID);
        var user = users.lookupPrincipalByName(UID);
        try (Stream<Path> all = Files.walk(data)) {
            for (Path path : all.toList()) {
                PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class,
                        java.nio.file.LinkOption.NOFOLLOW_LINKS);
                view.setOwner(user);
                view.setGroup(group);
            }
        }
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
    }

    /** Every parent of the data directory must let {@code nobody} pass, or PostgreSQL cannot reach its data. */
    private static void checkTraversable(Path data) throws IOException {
        for (Path parent = data.toAbsolutePath().getParent(); parent != null; parent = parent.getParent()) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(parent);
            if (!permissions.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                throw new IOException("PostgreSQL runs as user nobody here (user namespaces are blocked), but " + parent
                        + " does not let other users pass (chmod o+x it, or keep the data elsewhere with"
                        + " RELIEF_STATE_DIR)");
            }
        }
    }

    private static boolean isRoot() {
        try {
            return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static boolean succeeds(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
