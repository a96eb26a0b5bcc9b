package org.relieftrace.bench;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the benchmark reports write their Markdown: the stamps of file names and headers, figures, table cells. */
final class Markdown {

    /** The stamp in a report's file name ({@code yyyyMMdd-HHmmss}, UTC). */
    static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** When a run started, as a report shows it. */
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    private Markdown() {
    }

    /** A whole number with thousands separators. */
    static String count(double n) {
        return String.format(Locale.ROOT, "%,.0f", n);
    }

    /** Nanoseconds as seconds with two decimals. */
    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }

    /** Text safe inside a table cell. */
    static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|");
    }

    /** The rows of the machine a run ran on, for a two-column table. */
    static String machineRows(Machine m) {
        return "| processors (nproc) | " + m.processors() + " |\n"
                + "| memory | " + m.memory() + " |\n"
                + "| CPU | " + cell(m.cpuModel()) + " |\n"
                + "| OS | " + cell(m.os()) + " |\n"
                + "| Java (benchmark) | " + cell(m.java()) + " |\n";
    }
}
