package org.relieftrace.supplies.reversal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request bodies of the reversal endpoints. */
public final class ReversalRequests {

    private ReversalRequests() {
    }

    /** 冲正申请 / 驳回 — why the record is wrong, or why the reversal is rejected (required). */
    @Schema(name = "ReversalReason")
    public record Reason(@NotBlank @Size(max = 500) String reason) {
    }

    /** 冲正审批 — the approver's note (optional). */
    @Schema(name = "ReversalApproval")
    public record Approval(@Size(max = 500) String reason) {
    }
}
