package org.relieftrace.relief.payment;

import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;

import org.relieftrace.platform.time.BeijingTime;
import org.relieftrace.relief.payment.HeldReasons.HeldReason;
import org.relieftrace.relief.payment.PaymentViews.PaymentView;

/**
 * 暂缓发放 — why an approved case is held back from payment now, by the same rules that hold it at batch time: on a
 * batch, its payment's hold ({@link PaymentBatch}: an account changed shortly before, not confirmed yet); not on a
 * batch (or its payment failed), what {@link OneCard} would decide for it now.
 */
@ApplicationScoped
public class PayoutHolds {

    @Inject
    PayableCases cases;

    @Inject
    PaymentQueries payments;

    @Inject
    OneCard oneCard;

    @Inject
    HeldReasons reasons;

    @Inject
    BeijingTime time;

    /** The locale a request's {@code Accept-Language} asks for. */
    public Locale localeOf(HttpHeaders headers) {
        return reasons.localeOf(headers);
    }

    /**
     * Why the approved case is held back now, in {@code locale}; null when nothing holds it. Its payment as the case
     * book has it ({@code paymentStatus}, {@code paymentId}) spares a look-up for a case already paid.
     */
    public HeldReason whyHeld(UUID caseId, String paymentStatus, UUID paymentId, Locale locale) {
        if ("PAID".equals(paymentStatus)) {
            return null;
        }
        if ("ISSUED".equals(paymentStatus) && paymentId != null) {
            PaymentView payment = payments.payment(paymentId).orElse(null);
            return payment == null || payment.held() == null ? null : reasons.of(payment.held().code(), locale);
        }
        PayableCases.PayableCase c = cases.payable(caseId).orElse(null);
        if (c == null) {
            return null;
        }
        OneCard.Decision decision = oneCard.payeeOf(c, time.now());
        if (decision.payee() == null) {
            return reasons.of(decision.heldCode(), locale);
        }
        return decision.payee().flag() != null ? reasons.of(HeldReasons.ACCOUNT_CHANGED, locale) : null;
    }
}
