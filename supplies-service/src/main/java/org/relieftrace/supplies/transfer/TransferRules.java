package org.relieftrace.supplies.transfer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.platform.domain.DomainRuleViolation;
import org.relieftrace.platform.domain.SeparationOfDuties;

/**
 * 调拨规则 — the rules of a transfer (调拨单) in one place: goods go down the tiers inside the source's division or
 * sideways to the same tier; a lateral transfer is approved by the common parent; an expired lot leaves stock only by
 * write-off; whoever requested a transfer does not approve it; which status allows which step. The {@link Transfer}
 * aggregate enforces them and the views' {@code actions} are computed from them.
 */
public final class TransferRules {

    private static final Map<String, Integer> RANK = Map.of("COUNTY", 3, "TOWNSHIP", 2, "VILLAGE", 1);

    private TransferRules() {
    }

    /** A lot named in a request, with its expiry as the source depot's book knows it. */
    public record NamedLot(UUID lotId, String lotNumber, LocalDate expiresOn) {
    }

    /** One end of a transfer: the depot, its code, tier and division. */
    public record End(UUID depotId, String code, String tier, String division) {
    }

    /**
     * Whether a transfer from {@code from} to {@code to} is lateral (same tier); refused unless it goes to a lower
     * tier inside the source's division or to the same tier.
     */
    public static boolean lateral(End from, End to) {
        int fromRank = RANK.getOrDefault(from.tier(), 0);
        int toRank = RANK.getOrDefault(to.tier(), 0);
        boolean downward = toRank < fromRank && DivisionCode.contains(from.division(), to.division());
        if (!downward && toRank != fromRank) {
            throw new DomainRuleViolation("transfer-direction", "Goods go to a lower tier inside the source's"
                    + " division, or to the same tier", from.code(), to.code());
        }
        return !downward;
    }

    /** Refuses a named lot that has expired by {@code today}: it leaves stock only by write-off. */
    public static void requireUnexpired(List<NamedLot> lots, LocalDate today) {
        for (NamedLot lot : lots) {
            if (lot.expiresOn() != null && !lot.expiresOn().isAfter(today)) {
                throw new DomainRuleViolation("lot-expired", "Lot " + lot.lotNumber() + " expired on "
                        + lot.expiresOn() + "; it leaves stock only by write-off", lot.lotNumber(), lot.expiresOn());
            }
        }
    }

    /**
     * The division whose supplies officer approves: the source's; for a lateral transfer the common parent (the
     * township of two villages of one township, else the county).
     */
    public static String approvingDivision(String fromDivision, String toDivision, boolean lateral) {
        if (!lateral) {
            return fromDivision;
        }
        DivisionCode from = DivisionCode.of(fromDivision);
        DivisionCode to = DivisionCode.of(toDivision);
        if (from.level() == DivisionCode.Level.VILLAGE && from.parent().orElseThrow().contains(to)) {
            return from.parent().orElseThrow().value();
        }
        return from.county().value();
    }

    /** Approval waits for a requested transfer. */
    public static boolean mayApprove(TransferStatus status) {
        return status == TransferStatus.REQUESTED;
    }

    /**
     * Separation of duties (maker–checker): {@code approver} did not request the transfer. The aggregate refuses
     * with {@link SeparationOfDuties#require}, the same rule.
     */
    public static boolean approverIsNotRequester(String approver, String requestedBy) {
        return SeparationOfDuties.separated(approver, requestedBy);
    }

    /** Reject or cancel: before dispatch, while it is still under way. */
    public static boolean mayWithdraw(TransferStatus status) {
        return status == TransferStatus.REQUESTED || status == TransferStatus.APPROVED
                || status == TransferStatus.RESERVED;
    }

    /** Dispatch once the goods are reserved at the source. */
    public static boolean mayDispatch(TransferStatus status) {
        return status == TransferStatus.RESERVED;
    }

    /** Receive what was dispatched. */
    public static boolean mayReceive(TransferStatus status) {
        return status == TransferStatus.DISPATCHED;
    }

    /** The dispatch voucher (运输凭证) is filed once, for a transfer that was dispatched. */
    public static boolean mayFileVoucher(boolean dispatched, boolean filed) {
        return dispatched && !filed;
    }

    /** Refuses a voucher for a transfer that was not dispatched. */
    public static void requireDispatched(UUID transferId, boolean dispatched) {
        if (!dispatched) {
            throw new DomainRuleViolation("transfer-not-dispatched", "Transfer " + transferId + " is not dispatched",
                    transferId);
        }
    }

    /** A step is refused in the wrong status. */
    static void require(boolean allowed, TransferStatus status, String action) {
        if (!allowed) {
            throw new DomainRuleViolation("transfer-wrong-state", "A transfer that is " + status + " cannot " + action,
                    status, action);
        }
    }
}
