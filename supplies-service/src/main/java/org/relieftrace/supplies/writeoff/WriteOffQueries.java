package org.relieftrace.supplies.writeoff;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

import org.relieftrace.contracts.api.ListPage;
import org.relieftrace.platform.readmodel.ReactivePages;
import org.relieftrace.platform.security.Caller;
import org.relieftrace.supplies.stock.WriteOffRules;
import org.relieftrace.supplies.writeoff.WriteOffViews.WriteOffView;

/**
 * 报损台账查询 — the only reader of the write-off read model, through Hibernate Reactive on the event loop: a depot's
 * write-offs, each with the {@code actions} its caller may take, computed by {@link WriteOffRules} as the depot's
 * stock book enforces them.
 */
@ApplicationScoped
public class WriteOffQueries {

    private static final Sort BY_ID = Sort.by("writeOffId");

    /**
     * A depot's write-offs, in the order of their ids.
     *
     * @param actsHere the caller may act at the depot
     */
    @WithSession
    public Uni<ListPage<WriteOffView>> writeOffs(UUID depotId, Caller caller, boolean actsHere, int page,
                                                 int size) {
        return ReactivePages.page(WriteOffEntry.<WriteOffEntry>find("depotId = ?1", BY_ID, depotId), page, size,
                entry -> entry.view(WriteOffRules.actions(entry.requested(), entry.requestedBy, caller.roles(),
                        caller.userId(), actsHere)));
    }
}
