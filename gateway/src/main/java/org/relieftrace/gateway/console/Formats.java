package org.relieftrace.gateway.console;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

import io.quarkus.qute.TemplateExtension;

/**
 * How the console writes values: times in Asia/Shanghai, money in yuan with two decimals, numbers with grouping.
 * Templates call them as {@code {fmt:time(x)}}, {@code {fmt:yuan(x)}}, {@code {fmt:qty(x)}}.
 */
@TemplateExtension(namespace = "fmt")
public final class Formats {

    /** The time zone every time is shown in. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private Formats() {
    }

    /** An ISO-8601 instant (or offset date-time) as a Shanghai wall-clock time; anything else unchanged. */
    public static String time(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        try {
            return TIME.format(Instant.parse(text).atZone(CHINA));
        } catch (DateTimeParseException e) {
            try {
                return TIME.format(OffsetDateTime.parse(text).atZoneSameInstant(CHINA));
            } catch (DateTimeParseException again) {
                return text;
            }
        }
    }

    /** Fen (a whole number) as yuan with two decimals and grouping: {@code 123456} → {@code ¥1,234.56}. */
    public static String yuan(Object fen) {
        if (fen == null || fen.toString().isBlank()) {
            return "";
        }
        BigDecimal yuan = new BigDecimal(fen.toString()).movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY);
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return "¥" + format.format(yuan);
    }

    /** A quantity with grouping: {@code 12000} → {@code 12,000}. */
    public static String qty(Object quantity) {
        if (quantity == null || quantity.toString().isBlank()) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(new BigDecimal(quantity.toString()));
    }

    /**
     * A time typed into a {@code datetime-local} field (Shanghai wall clock, {@code 2026-07-20T18:00}) as an
     * ISO-8601 instant for the API; blank stays null.
     */
    public static String shanghaiInputToInstant(String local) {
        if (local == null || local.isBlank()) {
            return null;
        }
        String text = local.strip();
        LocalDateTime wallClock = text.length() > 16 ? LocalDateTime.parse(text) : LocalDateTime.parse(text,
                LOCAL_INPUT);
        return wallClock.atZone(CHINA).toInstant().toString();
    }

    /** The text of {@code prefix + value} (e.g. {@code role_auditor}), or the value itself when there is none. */
    public static String text(Map<String, String> texts, String prefix, Object value) {
        String key = prefix + value;
        return texts.getOrDefault(key, value == null ? "" : value.toString());
    }

    /** The roles of the ReliefTrace role model among a comma-separated list (Keycloak's own roles left out). */
    public static String modelRoles(String roles) {
        if (roles == null) {
            return "";
        }
        return java.util.Arrays.stream(roles.split(",")).map(String::strip).filter(Viewer.KNOWN_ROLES::contains)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** Now, in Shanghai, as a {@code datetime-local} value. */
    public static String nowForInput() {
        return LOCAL_INPUT.format(LocalDateTime.now(CHINA));
    }

    /** Today in Shanghai. */
    public static LocalDate today() {
        return LocalDate.now(CHINA);
    }
}
