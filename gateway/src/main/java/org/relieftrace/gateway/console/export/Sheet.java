package org.relieftrace.gateway.console.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * 导出表 — one list of the console as a worksheet: a title, the columns (header in the user's language, the kind of
 * value, how to read it from a row) and the rows. The rows are the page's own row records, so the sheet shows what
 * the page shows; a column reads one field of a row.
 *
 * <pre>{@code
 * Sheet.of("库存 · 县仓", items).text("物资", ItemRow::name).number("在库", ItemRow::onHand)
 * }</pre>
 *
 * @param <R> the page's row record
 */
public final class Sheet<R> {

    /** How a column's values are written. */
    public enum Kind {
        /** Text as it is. */
        TEXT,
        /** A whole or decimal number, as a number cell. */
        NUMBER,
        /**
         * Money, written as yuan with two decimals (元): given as a number of fen, or as the yuan text a page shows
         * ({@code ¥1,234.56}, as {@code Formats.yuan} writes it).
         */
        YUAN,
        /** A date or time, as text in ISO form ({@code 2026-07-20}, {@code 2026-07-20 18:00:00}). */
        DATE
    }

    /** One column: its header, its kind and how a row gives its value. */
    public record Column<R>(String header, Kind kind, Function<R, ?> value) {
    }

    private final String title;
    private final List<R> rows;
    private final List<Column<R>> columns = new ArrayList<>();
    private String note;

    private Sheet(String title, List<R> rows) {
        this.title = title;
        this.rows = List.copyOf(rows);
    }

    /** A sheet of the given title over the page's rows; add its columns next. */
    public static <R> Sheet<R> of(String title, List<R> rows) {
        return new Sheet<>(title, rows);
    }

    public Sheet<R> text(String header, Function<R, ?> value) {
        return column(header, Kind.TEXT, value);
    }

    public Sheet<R> number(String header, Function<R, ?> value) {
        return column(header, Kind.NUMBER, value);
    }

    /** A money column; the row gives fen, or the page's yuan text. */
    public Sheet<R> yuan(String header, Function<R, ?> fen) {
        return column(header, Kind.YUAN, fen);
    }

    public Sheet<R> date(String header, Function<R, ?> value) {
        return column(header, Kind.DATE, value);
    }

    /** A line under the title, e.g. that the list was cut. */
    public Sheet<R> note(String text) {
        this.note = text;
        return this;
    }

    private Sheet<R> column(String header, Kind kind, Function<R, ?> value) {
        columns.add(new Column<>(header, kind, value));
        return this;
    }

    public String title() {
        return title;
    }

    public String note() {
        return note;
    }

    public List<R> rows() {
        return rows;
    }

    public List<Column<R>> columns() {
        return List.copyOf(columns);
    }
}
