package org.relieftrace.relief.payment;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;

import org.relieftrace.platform.problem.ProblemMessages;

/**
 * 暂缓发放的原因 — why a case or a payment is held back, as a stable code and the rule's text in the reader's language
 * (Chinese by default, English with {@code Accept-Language: en}; keys {@code held.<code>} of the service's problem
 * bundle). The codes are decided by {@link OneCard} (at batch time) and {@link PaymentBatch} (a flagged account).
 */
@ApplicationScoped
public class HeldReasons {

    /** The household is not known to the relief-service. */
    public static final String HOUSEHOLD_UNKNOWN = "household-unknown";
    /** The household has no payout account. */
    public static final String NO_ACCOUNT = "no-payout-account";
    /** The account is not the payee's own card. */
    public static final String NOT_PAYEES_OWN = "account-not-payees-own";
    /** The account holder's name is not the payee's. */
    public static final String NAME_MISMATCH = "holder-name-mismatch";
    /** The payee died. */
    public static final String PAYEE_DECEASED = "payee-deceased";
    /** The account changed within the configured window: held out of the bank file until a second check. */
    public static final String ACCOUNT_CHANGED = "account-recently-changed";

    /** Every code, in the order the rules are tried. */
    public static final List<String> CODES = List.of(HOUSEHOLD_UNKNOWN, NO_ACCOUNT, NOT_PAYEES_OWN, NAME_MISMATCH,
            PAYEE_DECEASED, ACCOUNT_CHANGED);

    /** A hold: its code and the rule's text. */
    public record HeldReason(String code, String text) {
    }

    @Inject
    ProblemMessages messages;

    /** The hold with this code in {@code locale}; null for no code. */
    public HeldReason of(String code, Locale locale) {
        return code == null ? null : new HeldReason(code, messages.text(locale, "held." + code, code));
    }

    /** The locale a request's {@code Accept-Language} asks for. */
    public Locale localeOf(HttpHeaders headers) {
        return messages.localeOf(headers.getAcceptableLanguages());
    }
}
