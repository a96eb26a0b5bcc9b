package org.relieftrace.supplies.stock;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.relieftrace.contracts.supplies.ReceiptSource;

/** The body of {@code POST /depots/{id}/receipts}: 入库单 — goods received, one lot per line. */
@Schema(name = "ReceiptRequest", description = "入库单 — goods received into a depot, one lot per line")
public record ReceiptRequest(
        @NotNull @Schema(description = "PROCUREMENT, DONATION, AGREEMENT_CALL_OFF or RETURN") ReceiptSource source,
        @Size(max = 200) @Schema(description = "contract number, donation record or call-off order") String reference,
        @Size(max = 200) @Schema(description = "supplier, donor or agreement enterprise") String supplier,
        @Schema(description = "date the goods arrived; today when absent") LocalDate receivedOn,
        @Size(max = 500) @Schema(description = "why, in the keeper's words") String reason,
        @Schema(description = "协议储备 — the agreement reserve the goods are called off; required with"
                + " AGREEMENT_CALL_OFF, refused otherwise") UUID agreementId,
        @Schema(description = "捐赠承诺 — the pledge the donation fulfils; only with DONATION") UUID pledgeId,
        @NotEmpty @Size(max = 500) @Valid List<Line> lines) {

    /** One lot: its label. */
    @Schema(name = "ReceiptLineRequest")
    public record Line(
            @NotBlank @Size(max = 64) String itemCode,
            @NotBlank @Size(max = 100) String lotNumber,
            @NotNull @Positive Long quantity,
            @Size(max = 200) String specification,
            @Size(max = 200) String origin,
            LocalDate producedOn,
            LocalDate expiresOn) {
    }
}
