package org.relieftrace.relief.payment;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.relieftrace.relief.standard.ReliefCategory;

/** The request bodies of the payment endpoints. */
public final class PaymentRequests {

    private PaymentRequests() {
    }

    /** The body of {@code POST /payment-batches}: 发放批次 — which approved cases to pay. */
    @Schema(name = "BatchRequest", description = "发放批次 — approved cases of a division whose notice completed;"
            + " narrowed by disaster, category or a list of cases")
    public record BatchRequest(
            @NotNull @Pattern(regexp = "\\d{12}", message = "must be a 12-digit division code") String divisionCode,
            UUID disasterId,
            ReliefCategory category,
            @Size(max = 100_000) List<@NotNull UUID> caseIds,
            @Size(max = 200) String title,
            @Size(max = 500) String reason) {
    }

    /** The body of {@code POST /payment-batches/{id}/payments/{pid}/account-confirmation}: 账户复核. */
    @Schema(name = "AccountConfirmation", description = "账户复核 — the account holder's name as the holder confirmed"
            + " it; it must match the account's")
    public record AccountConfirmation(
            @NotBlank @Size(max = 100) String holderName,
            @Size(max = 500) String reason) {
    }
}
