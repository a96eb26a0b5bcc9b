package org.relieftrace.relief.fund;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.relieftrace.relief.fund.FundCommands.SourceLevel;
import org.relieftrace.relief.standard.ReliefCategory;

/** The bodies of the fund endpoints. */
public final class FundRequests {

    private FundRequests() {
    }

    /** {@code POST /funds}: 资金下达 — money allocated to a county. */
    @Schema(name = "FundRequest", description = "资金下达 — an allocation of relief money to the county, in fen")
    public record FundRequest(
            @NotNull @Pattern(regexp = "\\d{6}000000", message = "must be the 12-digit code of a county")
            String countyCode,
            @NotNull SourceLevel sourceLevel,
            @NotBlank @Size(max = 200) String documentNumber,
            @Size(max = 200) String title,
            @Schema(description = "the disaster it answers; any when absent") UUID disasterId,
            @NotNull ReliefCategory category,
            @Positive long amountFen,
            @Schema(description = "today when absent") LocalDate allocatedOn,
            @Size(max = 500) String reason) {
    }

    /** {@code POST /funds/{id}/apportion}: 资金分配 — part of the fund to a township. */
    @Schema(name = "ApportionRequest", description = "资金分配 — part of a fund apportioned to a township, in fen")
    public record ApportionRequest(
            @NotNull @Pattern(regexp = "\\d{9}000", message = "must be the 12-digit code of a township")
            String townshipCode,
            @Positive long amountFen,
            @Size(max = 500) String reason) {
    }

    /** {@code POST /funds/{id}/apportionments/{aid}/approval}: 资金分配复核 — a second user's decision. */
    @Schema(name = "ApportionmentDecision", description = "资金分配复核 — approve (or reject, with a reason) a pending"
            + " apportionment raised by another user")
    public record ApportionmentDecision(
            @NotNull Boolean approve,
            @Size(max = 500) String reason) {
    }
}
