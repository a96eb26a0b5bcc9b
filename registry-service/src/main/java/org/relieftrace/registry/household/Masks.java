package org.relieftrace.registry.household;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * How resident ID numbers and account numbers are shown to a caller whose role does not need them: the first 6 and
 * last 4 characters of an ID number ({@code 500118********1234}), the last 4 digits of an account number
 * ({@code ****6789}).
 */
public final class Masks {

    /** Roles that see ID and account numbers in full: they register households and pay them. */
    public static final Set<String> SEE_IN_FULL = Set.of("civil-affairs", "finance");

    private static final Set<String> ID_FIELDS = Set.of("idNumber", "headIdNumber");
    private static final Set<String> ACCOUNT_FIELDS = Set.of("accountNumber");

    private Masks() {
    }

    public static String idNumber(String idNumber) {
        if (idNumber == null || idNumber.length() < 10) {
            return idNumber;
        }
        return idNumber.substring(0, 6) + "********" + idNumber.substring(idNumber.length() - 4);
    }

    public static String accountNumber(String accountNumber) {
        if (accountNumber == null || accountNumber.length() < 4) {
            return accountNumber;
        }
        return "****" + accountNumber.substring(accountNumber.length() - 4);
    }

    /** A copy of an event's fields with the ID and account numbers in it masked. */
    public static Map<String, Object> fields(Map<String, Object> fields) {
        if (fields == null) {
            return null;
        }
        Map<String, Object> masked = new LinkedHashMap<>();
        fields.forEach((key, value) -> {
            if (value instanceof String text && ID_FIELDS.contains(key)) {
                masked.put(key, idNumber(text));
            } else if (value instanceof String text && ACCOUNT_FIELDS.contains(key)) {
                masked.put(key, accountNumber(text));
            } else {
                masked.put(key, value);
            }
        });
        return masked;
    }
}
