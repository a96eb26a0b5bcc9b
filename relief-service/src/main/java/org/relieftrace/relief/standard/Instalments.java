package org.relieftrace.relief.standard;

/**
 * 分期拨付 — how an approved amount is split into instalments: equal parts in fen, the odd fen on the first, so that
 * the instalments add up to the amount exactly. A case set up before instalments existed (0) is paid at once.
 */
public final class Instalments {

    private Instalments() {
    }

    /** The number of instalments, at least one. */
    public static int count(int instalments) {
        return Math.max(1, instalments);
    }

    /** The amount of instalment {@code number} (from 1) of {@code of} instalments of {@code amountFen}. */
    public static long amountOf(long amountFen, int of, int number) {
        int n = count(of);
        if (number < 1 || number > n) {
            throw new IllegalArgumentException("instalment " + number + " of " + n);
        }
        long part = amountFen / n;
        return number == 1 ? amountFen - part * (n - 1) : part;
    }
}
