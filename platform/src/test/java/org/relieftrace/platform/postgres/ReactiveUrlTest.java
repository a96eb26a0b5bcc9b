package org.relieftrace.platform.postgres;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

import static org.assertj.core.api.Assertions.assertThat;

class ReactiveUrlTest {

    @Test
    void theReactiveUrlNamesTheSameHostPortAndDatabase() {
        assertThat(ReactiveUrl.fromJdbc("jdbc:postgresql://localhost:5438/relieftrace"))
                .contains("postgresql://localhost:5438/relieftrace");
        assertThat(ReactiveUrl.fromJdbc("jdbc:postgresql://db.example.org/relief"))
                .contains("postgresql://db.example.org/relief");
        assertThat(ReactiveUrl.fromJdbc("jdbc:postgresql://[::1]:5432/relief"))
                .contains("postgresql://[::1]:5432/relief");
        assertThat(ReactiveUrl.fromJdbc("jdbc:postgresql:relief")).contains("postgresql://localhost/relief");
    }

    @Test
    void onlyParametersTheReactiveClientUnderstandsAreCarriedOver() {
        assertThat(ReactiveUrl.fromJdbc("jdbc:postgresql://db:5432/relief?sslmode=require&connectTimeout=10"
                + "&ApplicationName=relief&currentSchema=registry&tcpKeepAlive=true"))
                .contains("postgresql://db:5432/relief?sslmode=require&application_name=relief&search_path=registry");
        assertThat(ReactiveUrl.fromJdbc("jdbc:postgresql://db/relief?loginTimeout=5"))
                .contains("postgresql://db/relief");
    }

    @Test
    void ofSeveralHostsTheFirstIsUsed() {
        assertThat(ReactiveUrl.fromJdbc("jdbc:postgresql://primary:5432,standby:5432/relief?targetServerType=any"))
                .contains("postgresql://primary:5432/relief");
    }

    @Test
    void aUrlOfAnotherDatabaseKindHasNoReactiveUrl() {
        assertThat(ReactiveUrl.fromJdbc("jdbc:h2:mem:relief")).isEmpty();
        assertThat(ReactiveUrl.fromJdbc(null)).isEmpty();
    }

    @Test
    void aServiceGivenOnlyAJdbcUrlGetsTheReactiveUrlOfTheSameDatabase() {
        SmallRyeConfig config = config(Map.of(ReactiveUrlFromJdbc.JDBC_URL, "jdbc:postgresql://db:6543/relief"));
        assertThat(config.getValue(ReactiveUrlFromJdbc.REACTIVE_URL, String.class))
                .isEqualTo("postgresql://db:6543/relief");
    }

    @Test
    void anExplicitReactiveUrlWins() {
        SmallRyeConfig config = config(Map.of(ReactiveUrlFromJdbc.JDBC_URL, "jdbc:postgresql://db:6543/relief",
                ReactiveUrlFromJdbc.REACTIVE_URL, "postgresql://pooler:6432/relief"));
        assertThat(config.getValue(ReactiveUrlFromJdbc.REACTIVE_URL, String.class))
                .isEqualTo("postgresql://pooler:6432/relief");
    }

    @Test
    void aProfilesJdbcUrlIsFollowed() {
        SmallRyeConfig config = config(Map.of(ReactiveUrlFromJdbc.JDBC_URL, "jdbc:postgresql://db:6543/relief",
                "%test." + ReactiveUrlFromJdbc.JDBC_URL, "jdbc:postgresql://localhost:7777/scratch"));
        assertThat(config.getValue(ReactiveUrlFromJdbc.REACTIVE_URL, String.class))
                .isEqualTo("postgresql://localhost:7777/scratch");
    }

    private static SmallRyeConfig config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder().withProfile("test").withInterceptors(new ReactiveUrlFromJdbc())
                .withSources(new PropertiesConfigSource(properties, "test", 100)).build();
    }
}
