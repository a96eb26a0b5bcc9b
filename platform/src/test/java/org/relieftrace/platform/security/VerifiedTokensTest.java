package org.relieftrace.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;

class VerifiedTokensTest {

    private final AtomicLong now = new AtomicLong(1_000_000);

    private static SecurityIdentity identity(String name) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(name)).addRole("depot-keeper").build();
    }

    @Test
    void aKeptTokenIsFoundByItsWholeTextUntilItExpires() {
        VerifiedTokens tokens = new VerifiedTokens(10, now::get);
        SecurityIdentity keeper = identity("keeper");
        tokens.keep("token-a", keeper, now.get() + 60_000);

        assertThat(tokens.find("token-a")).containsSame(keeper);
        assertThat(tokens.find("token-")).isEmpty();
        assertThat(tokens.find("token-ab")).isEmpty();

        now.addAndGet(59_999);
        assertThat(tokens.find("token-a")).containsSame(keeper);
        now.addAndGet(1);
        assertThat(tokens.find("token-a")).as("expired at its exp").isEmpty();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void anExpiredTokenIsNeverKept() {
        VerifiedTokens tokens = new VerifiedTokens(10, now::get);
        tokens.keep("old", identity("keeper"), now.get());
        assertThat(tokens.find("old")).isEmpty();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void theCacheNeverHoldsMoreThanItsCapacityAndDropsTheExpiredFirst() {
        VerifiedTokens tokens = new VerifiedTokens(3, now::get);
        tokens.keep("short", identity("a"), now.get() + 1_000);
        tokens.keep("long-1", identity("b"), now.get() + 60_000);
        tokens.keep("long-2", identity("c"), now.get() + 60_000);
        now.addAndGet(2_000);

        tokens.keep("new", identity("d"), now.get() + 60_000);
        assertThat(tokens.size()).isEqualTo(3);
        assertThat(tokens.find("long-1")).isPresent();
        assertThat(tokens.find("new")).isPresent();

        tokens.keep("one-more", identity("e"), now.get() + 60_000);
        assertThat(tokens.size()).isLessThanOrEqualTo(3);
        assertThat(tokens.find("one-more")).isPresent();
    }

    @Test
    void capacityZeroKeepsNothing() {
        VerifiedTokens tokens = new VerifiedTokens(0, now::get);
        tokens.keep("token", identity("keeper"), now.get() + 60_000);
        assertThat(tokens.find("token")).isEmpty();
    }
}
