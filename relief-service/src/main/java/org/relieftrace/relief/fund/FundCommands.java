package org.relieftrace.relief.fund;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.relieftrace.relief.standard.ReliefCategory;

/** The commands of a relief fund (救灾资金). */
public final class FundCommands {

    private FundCommands() {
    }

    /** A command to one fund: it goes to the stream {@link Fund#streamOf(UUID)}. */
    public interface ToFund {

        UUID fundId();

        @TargetAggregateIdentifier
        default String stream() {
            return Fund.streamOf(fundId());
        }
    }

    /** 资金下达 — money allocated to the county from a source level, by a document. */
    public record AllocateFund(UUID fundId, String countyCode, SourceLevel sourceLevel, String documentNumber,
                               String title, UUID disasterId, ReliefCategory category, long amountFen,
                               LocalDate allocatedOn) implements ToFund {
    }

    /** 资金分配 — part of the fund proposed for a township; it counts once a second user approves it. */
    public record ApportionFund(UUID fundId, UUID apportionmentId, String townshipCode, long amountFen)
            implements ToFund {
    }

    /** 资金分配复核 — a second user approves (or rejects) a pending apportionment. */
    public record DecideApportionment(UUID fundId, UUID apportionmentId, boolean approve) implements ToFund {
    }

    /** Commit money to an approved relief case, out of its township's share. */
    public record CommitFunds(UUID fundId, UUID caseId, String townshipCode, ReliefCategory category,
                              UUID disasterId, long amountFen) implements ToFund {
    }

    /** Give back a commitment whose approval did not go through. */
    public record ReleaseFunds(UUID fundId, UUID caseId) implements ToFund {
    }

    /** Where a fund comes from. */
    public enum SourceLevel {
        CENTRAL, PROVINCIAL, MUNICIPAL, COUNTY
    }
}
