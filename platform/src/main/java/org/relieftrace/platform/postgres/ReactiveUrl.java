package org.relieftrace.platform.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reactive PostgreSQL client's URL of the database a JDBC URL names: the same host, port and database, so that
 * the read models' queries and the projections always meet in one database. Of the JDBC parameters only those the
 * reactive client understands are carried over ({@code sslmode}, {@code user}, {@code password}, and
 * {@code ApplicationName} and {@code currentSchema} under their PostgreSQL names); of several hosts, the first.
 */
public final class ReactiveUrl {

    private static final String PREFIX = "jdbc:postgresql:";
    private static final Map<String, String> PARAMETERS = Map.of("sslmode", "sslmode", "user", "user",
            "password", "password", "ApplicationName", "application_name", "currentSchema", "search_path");

    private ReactiveUrl() {
    }

    /** The reactive URL of a {@code jdbc:postgresql:} URL, or empty for a URL of another database kind. */
    public static Optional<String> fromJdbc(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = jdbcUrl.substring(PREFIX.length());
        int query = rest.indexOf('?');
        String params = query < 0 ? "" : rest.substring(query + 1);
        String location = query < 0 ? rest : rest.substring(0, query);
        String hostAndPort = "localhost";
        String database = location;
        if (location.startsWith("//")) {
            int slash = location.indexOf('/', 2);
            String hosts = slash < 0 ? location.substring(2) : location.substring(2, slash);
            database = slash < 0 ? "" : location.substring(slash + 1);
            String first = hosts.split(",", -1)[0];
            hostAndPort = first.isEmpty() ? hostAndPort : first;
        }
        StringBuilder url = new StringBuilder("postgresql://").append(hostAndPort);
        if (!database.isEmpty()) {
            url.append('/').append(database);
        }
        List<String> kept = carriedOver(params);
        if (!kept.isEmpty()) {
            url.append('?').append(String.join("&", kept));
        }
        return Optional.of(url.toString());
    }

    private static List<String> carriedOver(String params) {
        List<String> kept = new ArrayList<>();
        for (String pair : params.split("&")) {
            int equals = pair.indexOf('=');
            String name = PARAMETERS.get(equals < 0 ? pair : pair.substring(0, equals));
            if (name != null && equals > 0) {
                kept.add(name + pair.substring(equals));
            }
        }
        return kept;
    }
}
