package org.relieftrace.registry.householdimport;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.relieftrace.platform.domain.InvalidInput;

/**
 * Reads an import file, CSV (UTF-8, comma-separated, RFC 4180 quoting) or XLSX (its first sheet), into rows.
 * Row 1 is the header: {@code divisionCode, address, headName, headIdNumber, headPhone}, optionally {@code reason},
 * in this order. Every cell is read as text; an XLSX number is written out in full, never in scientific notation,
 * since ID numbers, phone numbers and division codes are text that a spreadsheet may have stored as numbers.
 * Wholly blank rows are skipped. A file that cannot be read, or whose header is wrong, is refused as invalid input
 * on the field {@code file}, naming the file.
 */
final class ImportFiles {

    static final List<String> COLUMNS = List.of("divisionCode", "address", "headName", "headIdNumber", "headPhone");
    static final String REASON = "reason";

    private ImportFiles() {
    }

    /** The data rows of {@code file}, told apart by content: an XLSX file is a ZIP archive ({@code PK}). */
    static List<ImportRow> read(String name, InputStream file) {
        try (InputStream in = new BufferedInputStream(file)) {
            in.mark(4);
            byte[] magic = in.readNBytes(4);
            in.reset();
            boolean zip = magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
            return zip ? xlsx(name, in) : csv(name, in);
        } catch (IOException e) {
            throw new InvalidInput("file", name + ": cannot be read: " + e.getMessage());
        }
    }

    private static List<ImportRow> csv(String name, InputStream in) throws IOException {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        List<List<String>> records = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(reader)
                .setFormat(CSVFormat.DEFAULT.builder().setTrim(true).get()).get()) {
            for (CSVRecord record : parser) {
                records.add(record.toList());
                numbers.add((int) record.getRecordNumber());
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new InvalidInput("file", name + ": is not a readable CSV file: " + e.getMessage());
        }
        if (!records.isEmpty() && !records.get(0).isEmpty()) {
            records.get(0).set(0, stripBom(records.get(0).get(0)));
        }
        return rows(name, records, numbers);
    }

    private static List<ImportRow> xlsx(String name, InputStream in) {
        List<List<String>> records = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(in)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new InvalidInput("file", name + ": the workbook has no sheet");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                int last = Math.max(row.getLastCellNum(), 0);
                for (int c = 0; c < last; c++) {
                    cells.add(text(row.getCell(c), formatter));
                }
                records.add(cells);
                numbers.add(row.getRowNum() + 1);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInput invalid) {
                throw invalid;
            }
            throw new InvalidInput("file", name + ": is not a readable XLSX workbook: " + e.getMessage());
        }
        return rows(name, records, numbers);
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? formatter.formatCellValue(cell)
                    : new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros()
                    .toPlainString();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
    }

    private static List<ImportRow> rows(String name, List<List<String>> records, List<Integer> numbers) {
        int first = 0;
        while (first < records.size() && blank(records.get(first))) {
            first++;
        }
        if (first == records.size()) {
            throw new InvalidInput("file", name + ": is empty; row 1 must be the header "
                    + String.join(",", COLUMNS) + "[," + REASON + "]");
        }
        List<String> header = trimmed(records.get(first));
        boolean withReason = header.size() == COLUMNS.size() + 1 && REASON.equals(header.get(COLUMNS.size()));
        if (!header.subList(0, Math.min(header.size(), COLUMNS.size())).equals(COLUMNS)
                || (header.size() != COLUMNS.size() && !withReason)) {
            throw new InvalidInput("file", name + ": the header row must be " + String.join(",", COLUMNS) + "[,"
                    + REASON + "], not " + String.join(",", header));
        }
        List<ImportRow> rows = new ArrayList<>();
        for (int i = first + 1; i < records.size(); i++) {
            List<String> cells = records.get(i);
            if (blank(cells)) {
                continue;
            }
            rows.add(new ImportRow(numbers.get(i), cell(cells, 0), cell(cells, 1), cell(cells, 2), cell(cells, 3),
                    cell(cells, 4), withReason ? cell(cells, 5) : null));
        }
        return rows;
    }

    private static List<String> trimmed(List<String> cells) {
        List<String> header = new ArrayList<>(cells.stream().map(String::strip).toList());
        while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
            header.remove(header.size() - 1);
        }
        return header;
    }

    private static String cell(List<String> cells, int index) {
        if (index >= cells.size()) {
            return null;
        }
        String value = cells.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    private static boolean blank(List<String> cells) {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
