package org.relieftrace.platform.postgres;

import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The way PostgreSQL runs for root where user namespaces are blocked: as {@code nobody}, started with setpriv. */
class UnprivilegedPostgresTest {

    private static boolean root() {
        return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
    }

    @Test
    void rootRunsPostgresAsNobodyWithADataDirectoryNobodyOwns() throws Exception {
        assumeTrue(root(), "only root has privileges to drop");
        Path base = Files.createTempDirectory("relieftrace-nobody-");
        Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path data = base.resolve("data");
        int port;
        try (UnprivilegedPostgres postgres = UnprivilegedPostgres.start(data, 0, Map.of("fsync", "off"))) {
            port = postgres.port();
            try (Connection connection = DriverManager.getConnection(
                    "jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
                 ResultSet row = connection.createStatement().executeQuery("SELECT current_setting('fsync')")) {
                row.next();
                assertThat(row.getString(1)).isEqualTo("off");
            }
            assertThat(Files.getOwner(data).getName()).isIn("nobody", "65534");
            assertThat(Files.exists(data.resolve("PG_VERSION"))).isTrue();
        }
        int stoppedPort = port;
        assertThatThrownBy(() -> new Socket("localhost", stoppedPort).close()).isInstanceOf(java.io.IOException.class);
    }

    @Test
    void aDataDirectoryBehindAClosedParentIsRefusedWithAClearMessage() throws Exception {
        assumeTrue(root(), "only root has privileges to drop");
        Path closed = Files.createTempDirectory("relieftrace-closed-");
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
        assertThatThrownBy(() -> UnprivilegedPostgres.start(closed.resolve("data"), 0, Map.of()))
                .hasMessageContaining("does not let other users pass");
    }
}
