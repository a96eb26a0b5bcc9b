package org.relieftrace.platform.postgres;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;

/**
 * Gives the datasource a reactive URL when none is configured, derived from its JDBC URL ({@link ReactiveUrl}):
 * whoever points a service at a database with {@code QUARKUS_DATASOURCE_JDBC_URL} alone gets its read models'
 * queries served from that same database. An explicit {@code quarkus.datasource.reactive.url} always wins.
 */
public class ReactiveUrlFromJdbc implements ConfigSourceInterceptor {

    static final String REACTIVE_URL = "quarkus.datasource.reactive.url";
    static final String JDBC_URL = "quarkus.datasource.jdbc.url";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue configured = context.proceed(name);
        if (!REACTIVE_URL.equals(name) || configured != null && configured.getValue() != null
                && !configured.getValue().isBlank()) {
            return configured;
        }
        ConfigValue jdbc = context.proceed(JDBC_URL);
        if (jdbc == null || jdbc.getValue() == null) {
            return configured;
        }
        return ReactiveUrl.fromJdbc(jdbc.getValue())
                .map(url -> jdbc.from().withName(REACTIVE_URL).withValue(url).withRawValue(url).build())
                .orElse(configured);
    }
}
