package org.relieftrace.e2e;

import java.util.concurrent.atomic.AtomicInteger;

/** Resident ID numbers (GB 11643) for people the end-to-end tests register. */
final class People {

    /** Starts where the clock says, so that numbers of an earlier run against the same data are not reused. */
    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.currentTimeMillis() / 1000 % 500));

    private People() {
    }

    /**
     * An ID number no one has registered yet: region 500118, a birth date in 1980, a sequence, and its check digit
     * (weights 2^(17-i) mod 11, the remainder mapped through {@code 10X98765432}).
     */
    static String freshResidentId() {
        int n = NEXT.getAndIncrement();
        String body = "500118" + "1980" + String.format("%02d%02d", 1 + n / 28 % 12, 1 + n % 28)
                + String.format("%03d", n % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * (1 << (17 - i)) % 11;
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
