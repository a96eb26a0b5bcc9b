package org.relieftrace.supplies.request;

import java.util.List;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/** The commands and events of a supply request (需求申报). */
public final class SupplyRequestMessages {

    private SupplyRequestMessages() {
    }

    /** One item asked for. */
    public record RequestedItem(String itemCode, long quantity) {
    }

    /** 需求申报 — a village or township asks for goods for a disaster, for this many affected people. */
    public record SubmitSupplyRequest(@TargetAggregateIdentifier UUID requestId, String divisionCode, String level,
                                      UUID disasterId, int affectedPeople, List<RequestedItem> items) {
    }

    /** 审批 — an approval by the division directly above the requester (then above the last approver). */
    public record ApproveSupplyRequest(@TargetAggregateIdentifier UUID requestId, String approverDivision,
                                       String approverLevel) {
    }

    /** 驳回. */
    public record RejectSupplyRequest(@TargetAggregateIdentifier UUID requestId, String approverDivision) {
    }

    @Revision("1")
    public record SupplyRequestSubmitted(UUID requestId, String divisionCode, String level, UUID disasterId,
                                         int affectedPeople, List<RequestedItem> items) {
    }

    /** Approved by one tier; {@code approved} once the county has approved. */
    @Revision("1")
    public record SupplyRequestApproved(UUID requestId, String approverDivision, String approverLevel,
                                        boolean approved) {
    }

    @Revision("1")
    public record SupplyRequestRejected(UUID requestId, String approverDivision) {
    }
}
