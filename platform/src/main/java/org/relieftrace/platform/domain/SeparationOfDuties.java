package org.relieftrace.platform.domain;

import java.util.Arrays;
import java.util.Objects;

/**
 * 职责分离 (maker–checker, 双人复核): whoever raised or already handled a record (a transfer, a supply request, a
 * stocktake, a write-off, a reversal, a fund apportionment, a payment batch, a relief case) does not also check it.
 * Aggregates call {@link #require} from their command handlers, so the rule is decided where the record's state is;
 * the refusal is {@code 409} with the problem type {@code separation-of-duties}.
 */
public final class SeparationOfDuties {

    /** The stable problem code of a refusal. */
    public static final String CODE = "separation-of-duties";

    private SeparationOfDuties() {
    }

    /** True when {@code checker} is none of {@code makers} (a maker not known yet, {@code null}, never matches). */
    public static boolean separated(String checker, String... makers) {
        return Arrays.stream(makers).filter(Objects::nonNull).noneMatch(maker -> maker.equals(checker));
    }

    /**
     * Refuses when {@code checker} is one of {@code makers}.
     *
     * @param checker the user id acting now
     * @param name    the acting user's display name, for the message
     * @param record  what is being checked, e.g. {@code transfer T-1}
     * @param verb    what the checker tries to do, e.g. {@code approve}
     * @param makers  the user ids that raised or already handled the record
     */
    public static void require(String checker, String name, String record, String verb, String... makers) {
        if (!separated(checker, makers)) {
            throw new DomainRuleViolation(CODE, name + " raised or already handled " + record + " and cannot " + verb
                    + " it", name, record, verb);
        }
    }
}
