package org.relieftrace.registry.household;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Resident ID numbers for tests, with the check character computed the way GB 11643 states it: the weight of the
 * digit at position i (counted from the right, the check character at 1) is 2^(i-1) mod 11, and the check value is
 * (12 - sum mod 11) mod 11, 10 written X.
 */
public final class TestPeople {

    private TestPeople() {
    }

    public static String idNumber(String region, LocalDate birth, int sequence) {
        String first17 = region + birth.toString().replace("-", "") + "%03d".formatted(sequence);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int position = 18 - i;
            int weight = (int) (Math.pow(2, position - 1) % 11);
            sum += (first17.charAt(i) - '0') * weight;
        }
        int check = (12 - sum % 11) % 11;
        return first17 + (check == 10 ? "X" : Integer.toString(check));
    }

    /** A fresh, valid number of a person born between 1950 and 2009, male when {@code male}. */
    public static String randomIdNumber(boolean male) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(60 * 365));
        int sequence = random.nextInt(500) * 2 + (male ? 1 : 0);
        return idNumber("500118", birth, sequence);
    }

    /** The same number with a wrong check character. */
    public static String withWrongCheck(String idNumber) {
        char check = idNumber.charAt(17);
        return idNumber.substring(0, 17) + (check == '0' ? '1' : '0');
    }
}
