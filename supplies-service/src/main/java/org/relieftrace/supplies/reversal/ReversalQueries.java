package org.relieftrace.supplies.reversal;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

import org.relieftrace.platform.security.Caller;
import org.relieftrace.supplies.reversal.ReversalViews.ReversalView;
import org.relieftrace.supplies.stock.ReversalRules;
import org.relieftrace.supplies.stock.ReversalRules.Status;

/**
 * 冲正查询 — the only reader of the reversal read model, through Hibernate Reactive on the event loop: the reversal
 * of a receipt or a distribution, with the {@code actions} its caller may take, computed by {@link ReversalRules} as
 * the depot's stock book enforces them.
 */
@ApplicationScoped
public class ReversalQueries {

    private static final String DISTRIBUTED = """
            SELECT EXISTS (SELECT 1 FROM supplies.lot_movement
                           WHERE depot_id = :depot AND distribution_id = :distribution AND kind = 'DISTRIBUTED')""";

    /** The reversal of a receipt of the depot (status NONE if never asked for); empty if there is no such receipt. */
    @WithSession
    public Uni<Optional<ReversalView>> receipt(UUID depotId, UUID receiptId, Caller caller, boolean actsHere) {
        return ReceiptLotEntry.<ReceiptLotEntry>list("depotId = ?1 and receiptId = ?2", depotId, receiptId)
                .chain(lots -> lots.isEmpty() ? Uni.createFrom().item(Optional.<ReversalView>empty())
                        : view(depotId, receiptId, ReversalRules.RECEIPT,
                                lots.stream().allMatch(ReceiptLotEntry::canGiveBack), caller, actsHere)
                        .map(Optional::of));
    }

    /** The reversal of a distribution of the depot (status NONE if never asked for); empty if there is none. */
    @WithSession
    public Uni<Optional<ReversalView>> distribution(UUID depotId, UUID distributionId, Caller caller,
                                                    boolean actsHere) {
        return Panache.getSession().chain(session -> session.createNativeQuery(DISTRIBUTED, Boolean.class)
                .setParameter("depot", depotId).setParameter("distribution", distributionId).getSingleResult())
                .chain(known -> !known ? Uni.createFrom().item(Optional.<ReversalView>empty())
                        : view(depotId, distributionId, ReversalRules.DISTRIBUTION, true, caller, actsHere)
                        .map(Optional::of));
    }

    private static Uni<ReversalView> view(UUID depotId, UUID recordId, String kind, boolean reversible,
                                          Caller caller, boolean actsHere) {
        return ReversalEntry.<ReversalEntry>find("recordId = ?1 and depotId = ?2", recordId, depotId).firstResult()
                .map(entry -> entry != null ? entry.view(kind, reversible, caller, actsHere)
                        : new ReversalView(recordId, kind, Status.NONE.name(), null, null, null, null, null, null,
                        ReversalRules.actions(Status.NONE, null, reversible, caller.roles(), caller.userId(),
                                actsHere)));
    }
}
