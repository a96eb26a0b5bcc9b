package org.relieftrace.registry.household;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * 公民身份号码 (GB 11643) — 18 characters: a 6-digit region code, the birth date {@code yyyyMMdd}, a 3-digit sequence
 * whose last digit is odd for men and even for women, and a check character: the sum of the first 17 digits weighted
 * 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2, taken mod 11, indexes {@code "10X98765432"}. Pure functions.
 */
public final class ResidentIds {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private ResidentIds() {
    }

    /** What is wrong with {@code idNumber} as an English message, or empty when it is a valid number. */
    public static Optional<String> problemWith(String idNumber, LocalDate today) {
        if (idNumber == null || !idNumber.matches("\\d{17}[0-9X]")) {
            return Optional.of("must be 18 characters: 17 digits and a digit or X");
        }
        if (idNumber.startsWith("000000") || idNumber.charAt(0) == '0') {
            return Optional.of("must start with a 6-digit region code");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(idNumber.substring(6, 10)),
                    Integer.parseInt(idNumber.substring(10, 12)), Integer.parseInt(idNumber.substring(12, 14)));
        } catch (DateTimeException e) {
            return Optional.of("the birth date " + idNumber.substring(6, 14) + " it encodes is not a date");
        }
        if (birth.isAfter(today) || birth.getYear() < 1880) {
            return Optional.of("the birth date " + birth + " it encodes is not possible");
        }
        if (checkCharacter(idNumber) != idNumber.charAt(17)) {
            return Optional.of("the check character is wrong");
        }
        return Optional.empty();
    }

    /** The check character of the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** The birth date a valid number encodes. */
    public static LocalDate birthDateOf(String idNumber) {
        return LocalDate.of(Integer.parseInt(idNumber.substring(6, 10)), Integer.parseInt(idNumber.substring(10, 12)),
                Integer.parseInt(idNumber.substring(12, 14)));
    }

    /** MALE for an odd 17th digit, FEMALE for an even one. */
    public static String genderOf(String idNumber) {
        return (idNumber.charAt(16) - '0') % 2 == 1 ? "MALE" : "FEMALE";
    }

    /**
     * The person id of the holder of this number: one person, one id, wherever they live and however often they
     * move, so that a person can be in one household only.
     */
    public static UUID personIdOf(String idNumber) {
        return UUID.nameUUIDFromBytes(("person:" + idNumber).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The digest a number is claimed by ({@link ResidentIdClaims}): hex SHA-256 of {@code resident-id:} followed by
     * the number, so that the claim table never holds the number itself. Its migration computes the same in SQL.
     */
    public static String digestOf(String idNumber) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("resident-id:" + idNumber).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
