package org.relieftrace.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * 跨库引用 — the places where a module's SQL names a schema it does not own: the SQL string literals of its main Java
 * sources and its Flyway migrations ({@code src/main/resources/db/**.sql}). Each service reads only its own schema
 * and the shared event store; what it knows of another service comes from that service's events.
 */
public final class SchemaReferences {

    /** A word SQL statements and fragments are built of: with whitespace, it makes a literal read as SQL. */
    private static final Pattern SQL_WORD = Pattern.compile(
            "(?i)\\b(select|insert|update|delete|from|join|into|create|alter|drop|truncate|references|table)\\b");
    private static final Pattern LINE_COMMENT = Pattern.compile("--[^\\n]*");
    private static final Pattern BLOCK_COMMENT = Pattern.compile("(?s)/\\*.*?\\*/");

    private final Pattern foreign;

    /** Finds the schemas in {@code foreignSchemas}; with none, finds nothing. */
    public SchemaReferences(List<String> foreignSchemas) {
        this.foreign = foreignSchemas.isEmpty() ? null : Pattern.compile("(?i)(?<![\\w.$])(?:\\\\?\")?("
                + String.join("|", foreignSchemas.stream().map(Pattern::quote).toList())
                + ")(?:\\\\?\")?\\s*\\.\\s*(?:\\\\?\")?\\w");
    }

    /** Every reference to a foreign schema under a module directory, as {@code file:line: schema in "text"}. */
    public List<String> in(Path moduleDir) {
        List<String> found = new ArrayList<>();
        if (foreign == null) {
            return found;
        }
        for (Path file : files(moduleDir.resolve("src/main/java"), ".java")) {
            for (JavaStringLiterals.Literal literal : JavaStringLiterals.of(read(file))) {
                if (readsAsSql(literal.text())) {
                    report(moduleDir, file, literal.line(), literal.text(), found);
                }
            }
        }
        for (Path file : files(moduleDir.resolve("src/main/resources/db"), ".sql")) {
            String sql = BLOCK_COMMENT.matcher(read(file)).replaceAll(c -> c.group().replaceAll("[^\n]", " "));
            String[] lines = sql.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                report(moduleDir, file, i + 1, LINE_COMMENT.matcher(lines[i]).replaceAll(""), found);
            }
        }
        return found;
    }

    /** The schemas named in one text (a literal or a line of SQL), in order. */
    public List<String> namedIn(String sql) {
        if (foreign == null) {
            return List.of();
        }
        return foreign.matcher(sql).results().map(m -> m.group(1).toLowerCase()).toList();
    }

    static boolean readsAsSql(String text) {
        return text.chars().anyMatch(Character::isWhitespace) && SQL_WORD.matcher(text).find();
    }

    private void report(Path moduleDir, Path file, int line, String text, List<String> found) {
        if (foreign == null) {
            return;
        }
        String shown = text.strip().replaceAll("\\s+", " ");
        shown = shown.length() > 100 ? shown.substring(0, 100) + "…" : shown;
        for (MatchResult m : foreign.matcher(text).results().toList()) {
            long offset = text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
            found.add(moduleDir.relativize(file) + ":" + (line + offset) + ": names schema '"
                    + m.group(1).toLowerCase() + "' in \"" + shown + "\"");
        }
    }

    private static List<Path> files(Path root, String suffix) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
