package org.relieftrace.platform.postgres;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresDuplicateKeyResolverTest {

    private final PostgresDuplicateKeyResolver resolver = new PostgresDuplicateKeyResolver();

    @Test
    void aUniqueViolationDeepInTheCauseChainIsADuplicateKey() {
        SQLException duplicate = new SQLException("duplicate key value", "23505");
        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException(new IllegalStateException(duplicate))))
                .isTrue();
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("deadlock", "40P01"))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException("boom"))).isFalse();
    }
}
