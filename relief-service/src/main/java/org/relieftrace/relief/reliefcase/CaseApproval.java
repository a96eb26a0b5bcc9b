package org.relieftrace.relief.reliefcase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

import org.relieftrace.platform.domain.InvalidInput;
import org.relieftrace.platform.domain.NotFound;
import org.relieftrace.relief.fund.Fund;
import org.relieftrace.relief.fund.FundCommands.CommitFunds;
import org.relieftrace.relief.reliefcase.CaseCommands.ApproveInCounty;
import org.relieftrace.relief.reliefcase.CaseCommands.ConfirmInCounty;
import org.relieftrace.relief.shared.Aggregates;

/**
 * 县级审批 — the county's approval of a case together with the commitment of its amount from the fund, in the one
 * unit of work (one transaction) of its command: the case decides first (its state, the separation of duties, an
 * override's reason), and only an approval touches the fund, which refuses what its township's share cannot carry.
 * Either both streams take their events or neither does: nothing is committed for a refused approval, and nothing is
 * left half done by a crash.
 */
@ApplicationScoped
public class CaseApproval {

    private static final String USER = "userId";
    private static final String NAME = "username";

    private final Repositories repositories;

    /** The repositories the approval loads the case and the fund through. */
    public interface Repositories {
        Repository<ReliefCase> cases();

        Repository<Fund> funds();
    }

    @Inject
    CaseApproval(Aggregates aggregates) {
        this(new Repositories() {
            @Override
            public Repository<ReliefCase> cases() {
                return aggregates.repository(ReliefCase.class);
            }

            @Override
            public Repository<Fund> funds() {
                return aggregates.repository(Fund.class);
            }
        });
    }

    /** An approval on these repositories (a test's). */
    public CaseApproval(Repositories repositories) {
        this.repositories = repositories;
    }

    @CommandHandler
    public void handle(ApproveInCounty command, @MetaDataValue(USER) String user, @MetaDataValue(NAME) String name) {
        Aggregate<ReliefCase> reliefCase = reliefCase(command.decision().caseId());
        reliefCase.execute(c -> c.handle(command.decision(), user, name));
        commit(reliefCase);
    }

    @CommandHandler
    public void handle(ConfirmInCounty command, @MetaDataValue(USER) String user,
                       @MetaDataValue(NAME) String name) {
        Aggregate<ReliefCase> reliefCase = reliefCase(command.confirmation().caseId());
        reliefCase.execute(c -> c.handle(command.confirmation(), user, name));
        commit(reliefCase);
    }

    /** Commits the approved amount from the fund; nothing when the decision did not approve (yet). */
    private void commit(Aggregate<ReliefCase> reliefCase) {
        reliefCase.invoke(ReliefCase::commitment).ifPresent(money -> {
            Aggregate<Fund> fund;
            try {
                fund = repositories.funds().load(Fund.streamOf(money.fundId()));
            } catch (AggregateNotFoundException unknown) {
                throw new InvalidInput("fundId", "unknown fund " + money.fundId());
            }
            fund.execute(f -> f.handle(new CommitFunds(money.fundId(), money.caseId(), money.townshipCode(),
                    money.category(), money.disasterId(), money.amountFen())));
        });
    }

    private Aggregate<ReliefCase> reliefCase(java.util.UUID caseId) {
        try {
            return repositories.cases().load(ReliefCase.streamOf(caseId));
        } catch (AggregateNotFoundException unknown) {
            throw new NotFound("case", caseId);
        }
    }
}
