package org.relieftrace.supplies.writeoff;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request bodies of the write-off endpoints. */
public final class WriteOffRequests {

    private WriteOffRequests() {
    }

    /** Why goods are written off. */
    public enum Kind { EXPIRED, DAMAGED, LOST }

    /** 报损申请 — a quantity of one lot to write off, and why (required). */
    @Schema(name = "WriteOffRequest")
    public record NewWriteOff(@NotNull UUID lotId, @NotNull @Positive Long quantity, @NotNull Kind kind,
                              @NotBlank @Size(max = 500) String reason) {
    }

    /** The reason given by the approver. */
    @Schema(name = "WriteOffApproval")
    public record Approval(@Size(max = 500) String reason) {
    }
}
