package org.relieftrace.gateway.console.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * 导出 Excel — writes console lists as an XLSX workbook, one worksheet per {@link Sheet}: the title (and a note, if
 * any) in the first row, the column headers in the second, frozen and with an auto filter, then the rows. Numbers
 * are number cells, money is yuan with two decimals, dates stay text in ISO form. Rows are streamed, so a long list
 * does not sit in memory as cells.
 */
public final class XlsxWriter {

    /** The row of the column headers (0-based); the data start below it. */
    static final int HEADER_ROW = 1;

    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;

    private XlsxWriter() {
    }

    /** The workbook's bytes. */
    public static byte[] write(List<Sheet<?>> sheets) {
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try {
            Styles styles = new Styles(book);
            for (Sheet<?> sheet : sheets) {
                write(book, styles, sheet);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            book.dispose();
        }
    }

    private static <R> void write(SXSSFWorkbook book, Styles styles, Sheet<R> sheet) {
        SXSSFSheet out = book.createSheet(tabName(book, sheet.title()));
        List<Sheet.Column<R>> columns = sheet.columns();
        int[] widths = new int[columns.size()];
        Cell title = out.createRow(0).createCell(0);
        title.setCellValue(sheet.note() == null ? sheet.title() : sheet.title() + " — " + sheet.note());
        title.setCellStyle(styles.title);
        Row header = out.createRow(HEADER_ROW);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(styles.header);
            widths[c] = width(columns.get(c).header());
        }
        int r = HEADER_ROW + 1;
        for (R row : sheet.rows()) {
            Row line = out.createRow(r++);
            for (int c = 0; c < columns.size(); c++) {
                Sheet.Column<R> column = columns.get(c);
                Object value = column.value().apply(row);
                if (value != null && !value.toString().isEmpty()) {
                    widths[c] = Math.max(widths[c], cell(line.createCell(c), column.kind(), value, styles));
                }
            }
        }
        out.createFreezePane(0, HEADER_ROW + 1);
        if (!columns.isEmpty()) {
            out.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, r - 1), 0, columns.size() - 1));
        }
        for (int c = 0; c < columns.size(); c++) {
            out.setColumnWidth(c, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c] + 2)) * 256);
        }
    }

    /** The sheet's tab: its title as far as a tab holds it (31 characters), numbered when taken already. */
    static String tabName(SXSSFWorkbook book, String title) {
        String name = WorkbookUtil.createSafeSheetName(title);
        for (int n = 2; book.getSheet(name) != null; n++) {
            String suffix = " (" + n + ")";
            name = WorkbookUtil.createSafeSheetName(title).substring(0, Math.min(name.length(), 31 - suffix.length()))
                    + suffix;
        }
        return name;
    }

    /** Writes one value and answers its width in characters. */
    private static int cell(Cell cell, Sheet.Kind kind, Object value, Styles styles) {
        switch (kind) {
            case NUMBER -> {
                BigDecimal number = value instanceof Number n ? new BigDecimal(n.toString())
                        : new BigDecimal(value.toString().strip());
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(number.scale() > 0 ? styles.decimal : styles.whole);
                return number.toPlainString().length() + number.precision() / 3;
            }
            case YUAN -> {
                BigDecimal yuan = value instanceof Number fen ? new BigDecimal(fen.toString()).movePointLeft(2)
                        : new BigDecimal(value.toString().replaceAll("[¥,\\s]", ""));
                cell.setCellValue(yuan.doubleValue());
                cell.setCellStyle(styles.yuan);
                return yuan.toPlainString().length() + yuan.precision() / 3 + 1;
            }
            default -> {
                String text = value.toString();
                cell.setCellValue(text);
                return width(text);
            }
        }
    }

    /** Characters wide, a Chinese character counting two. */
    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) < 0x1100 ? 1 : 2;
        }
        return width;
    }

    /** The few cell styles a sheet uses, made once per workbook. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle whole;
        final CellStyle decimal;
        final CellStyle yuan;

        Styles(SXSSFWorkbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = book.createCellStyle();
            title.setFont(big);
            header = book.createCellStyle();
            header.setFont(bold);
            whole = numbers(book, "#,##0");
            decimal = numbers(book, "#,##0.###");
            yuan = numbers(book, "#,##0.00");
        }

        private static CellStyle numbers(SXSSFWorkbook book, String format) {
            CellStyle style = book.createCellStyle();
            style.setDataFormat(book.createDataFormat().getFormat(format));
            return style;
        }
    }
}
