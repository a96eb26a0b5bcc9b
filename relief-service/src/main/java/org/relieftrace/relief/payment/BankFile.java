package org.relieftrace.relief.payment;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.relief.ReliefRules;
import org.relieftrace.relief.payment.PaymentViews.PaymentView;

/**
 * 银行代发文件 — the bank file of a batch and the bank's result file. The export's columns are configured
 * ({@code relief.rules.bank-file-columns}, from {@link #COLUMNS}); after the lines come a totals line
 * ({@code TOTAL,<lines>,<yuan>}) and a checksum line ({@code CHECKSUM,SHA-256,<hex>} over every byte before it).
 * The result file has a header naming at least {@code paymentId}, {@code amount} (yuan), {@code status}
 * ({@code PAID} or {@code FAILED}) and, for failures, {@code reason}; {@code accountNumber} and
 * {@code bankReference} are checked and kept when present. Money is written in yuan with two decimals.
 */
@ApplicationScoped
public class BankFile {

    /** The columns an export can carry, each from a payment line. */
    static final Map<String, java.util.function.BiFunction<Integer, PaymentView, String>> COLUMNS =
            Map.of("seq", (seq, p) -> Integer.toString(seq),
                    "paymentId", (seq, p) -> p.paymentId().toString(),
                    "caseId", (seq, p) -> p.caseId().toString(),
                    "bank", (seq, p) -> p.bank(),
                    "accountNumber", (seq, p) -> p.accountNumber(),
                    "holderName", (seq, p) -> p.payeeName(),
                    "amount", (seq, p) -> yuan(p.amountFen()),
                    "amountFen", (seq, p) -> Long.toString(p.amountFen()),
                    "divisionCode", (seq, p) -> p.divisionCode());

    /** One line of the bank's result file. */
    public record ResultLine(int line, String paymentId, Long amountFen, String status, String reason,
                             String accountNumber, String bankReference) {
    }

    private final List<String> columns;
    private final char delimiter;

    @Inject
    public BankFile(ReliefRules rules) {
        this.columns = rules.bankFileColumns();
        this.delimiter = rules.bankFileDelimiter();
    }

    /** The bank file of these lines, with its totals and checksum lines. */
    public String export(List<PaymentView> lines) {
        for (String column : columns) {
            if (!COLUMNS.containsKey(column)) {
                throw new IllegalStateException("relief.bank-file.columns names an unknown column " + column);
            }
        }
        StringBuilder out = new StringBuilder(64 * (lines.size() + 3));
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setRecordSeparator("\n").get();
        long total = 0;
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            printer.printRecord(columns);
            int seq = 0;
            for (PaymentView line : lines) {
                seq++;
                List<String> values = new ArrayList<>(columns.size());
                for (String column : columns) {
                    values.add(COLUMNS.get(column).apply(seq, line));
                }
                printer.printRecord(values);
                total += line.amountFen();
            }
            printer.printRecord("TOTAL", lines.size(), yuan(total));
            printer.flush();
            printer.printRecord("CHECKSUM", "SHA-256", sha256(out.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The lines of a result file; a line that cannot be read is a 400 naming it. */
    public List<ResultLine> parse(String text) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).get();
        List<ResultLine> lines = new ArrayList<>();
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.builder().setReader(reader)
                .setFormat(format).get()) {
            for (String required : List.of("paymentId", "amount", "status")) {
                if (!parser.getHeaderMap().containsKey(required)) {
                    errors.add(new InvalidInput.FieldError("header", "needs a column " + required));
                }
            }
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
            for (CSVRecord record : parser) {
                String first = record.get(0);
                if (first.equals("TOTAL") || first.equals("CHECKSUM")) {
                    continue;
                }
                int line = (int) record.getRecordNumber() + 1;
                Long amount = null;
                try {
                    amount = fen(value(record, "amount"));
                } catch (RuntimeException e) {
                    errors.add(new InvalidInput.FieldError("line " + line + ".amount", "must be yuan with at most"
                            + " two decimals"));
                }
                String status = value(record, "status");
                lines.add(new ResultLine(line, value(record, "paymentId"), amount,
                        status == null ? null : status.toUpperCase(Locale.ROOT), value(record, "reason"),
                        value(record, "accountNumber"), value(record, "bankReference")));
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw new InvalidInput("file", "cannot be read as CSV: " + e.getMessage());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (lines.isEmpty()) {
            throw new InvalidInput("file", "has no result lines");
        }
        return lines;
    }

    private static String value(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column);
        return value.isBlank() ? null : value;
    }

    /** Fen as yuan with two decimals. */
    public static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    /** Yuan (at most two decimals) as fen. */
    public static long fen(String yuan) {
        return new BigDecimal(yuan).movePointRight(2).longValueExact();
    }

    /** SHA-256 of the text's UTF-8 bytes, in hex. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
