package org.relieftrace.architecture;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals of one Java source file, text blocks included, with the line each starts on: what the SQL scan
 * reads. Comments and character literals are skipped; escapes are kept as written (a schema name has none).
 */
public final class JavaStringLiterals {

    /** A string literal and the 1-based line it starts on. */
    public record Literal(int line, String text) {
    }

    private final String source;
    private int at;
    private int line = 1;

    private JavaStringLiterals(String source) {
        this.source = source;
    }

    /** The literals of {@code source} in order of appearance. */
    public static List<Literal> of(String source) {
        return new JavaStringLiterals(source).scan();
    }

    private List<Literal> scan() {
        List<Literal> literals = new ArrayList<>();
        while (at < source.length()) {
            char c = source.charAt(at);
            if (source.startsWith("//", at)) {
                skipTo("\n", false);
            } else if (source.startsWith("/*", at)) {
                skipTo("*/", true);
            } else if (source.startsWith("\"\"\"", at)) {
                int start = line;
                at += 3;
                literals.add(new Literal(start, readUntil("\"\"\"")));
            } else if (c == '"') {
                int start = line;
                at++;
                literals.add(new Literal(start, readUntil("\"")));
            } else if (c == '\'') {
                at++;
                readUntil("'");
            } else {
                advance();
            }
        }
        return literals;
    }

    private void skipTo(String end, boolean pastEnd) {
        int found = source.indexOf(end, at + 2);
        int stop = found < 0 ? source.length() : found + (pastEnd ? end.length() : 0);
        while (at < stop) {
            advance();
        }
    }

    private String readUntil(String end) {
        StringBuilder text = new StringBuilder();
        while (at < source.length() && !source.startsWith(end, at)) {
            if (source.charAt(at) == '\\' && at + 1 < source.length()) {
                text.append(source.charAt(at));
                advance();
            }
            text.append(source.charAt(at));
            advance();
        }
        at = Math.min(source.length(), at + end.length());
        return text.toString();
    }

    private void advance() {
        if (source.charAt(at) == '\n') {
            line++;
        }
        at++;
    }
}
