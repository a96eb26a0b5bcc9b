package org.relieftrace.supplies.transfer;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 调拨请求 — the request bodies of the transfer endpoints, with their bean validation. */
public final class TransferRequests {

    private TransferRequests() {
    }

    /** 调拨申请 — goods from one depot to another. */
    @Schema(name = "TransferRequest")
    public record NewTransfer(@NotNull UUID fromDepotId, @NotNull UUID toDepotId,
                              @Schema(description = "the supply request (需求申报) this transfer fulfils")
                              UUID supplyRequestId,
                              @Size(max = 500) String reason, @NotEmpty @Size(max = 200) @Valid List<Line> lines) {
    }

    /** One item; {@code lotId} names a lot, else the earliest-expiring lots are taken. */
    @Schema(name = "TransferLine")
    public record Line(@NotBlank @Size(max = 64) String itemCode, @NotNull @Positive Long quantity, UUID lotId) {
    }

    /** Why, for an approval (optional). */
    @Schema(name = "TransferDecision")
    public record Decision(@Size(max = 500) String reason) {
    }

    /** Why, for a rejection or a cancellation: required, never blank. */
    @Schema(name = "TransferWithdrawal")
    public record Withdrawal(@NotBlank @Size(max = 500) String reason) {
    }

    /** 发运 — vehicle, driver and waybill. */
    @Schema(name = "TransferDispatch")
    public record Dispatch(@NotBlank @Size(max = 100) String vehicle, @NotBlank @Size(max = 100) String driver,
                           @NotBlank @Size(max = 100) String waybillNumber, LocalDate dispatchedOn,
                           @Size(max = 500) String reason) {
    }

    /** 运输凭证 — the voucher number of the dispatch, and notes. */
    @Schema(name = "TransferVoucher")
    public record Voucher(@NotBlank @Size(max = 100) String voucherNumber, @Size(max = 500) String notes,
                          @Size(max = 500) String reason) {
    }

    /** 接收 — what arrived, per lot sent. */
    @Schema(name = "TransferReceipt")
    public record Receipt(@NotEmpty @Size(max = 500) @Valid List<ArrivalLine> lots, LocalDate receivedOn,
                          @Size(max = 500) String reason) {
    }

    /** What arrived of one lot sent: good and damaged quantities, and the reason for damage or shortage. */
    @Schema(name = "TransferArrivalLine")
    public record ArrivalLine(@NotNull UUID sourceLotId, @NotNull @PositiveOrZero Long received,
                              @PositiveOrZero Long damaged, @Size(max = 500) String reason) {
    }
}
