package org.relieftrace.supplies.stocktake;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

import org.relieftrace.platform.security.Caller;
import org.relieftrace.supplies.stock.StocktakeRules;
import org.relieftrace.supplies.stocktake.StocktakeViews.LineView;
import org.relieftrace.supplies.stocktake.StocktakeViews.StocktakeSummary;
import org.relieftrace.supplies.stocktake.StocktakeViews.StocktakeView;

/**
 * 盘点单 — one count session of the stocktake read model ({@code supplies.stocktake}) as the stocktake queries read
 * it. The projection writes the table; this mapping only reads it.
 */
@Entity
@Immutable
@Table(schema = "supplies", name = "stocktake")
public class StocktakeEntry extends PanacheEntityBase {

    @Id
    UUID stocktakeId;

    UUID depotId;

    String status;

    Instant openedAt;

    String countedBy;

    String approvedBy;

    String startedBy;

    String counters;

    protected StocktakeEntry() {
        // for Hibernate
    }

    StocktakeSummary summary(Caller caller, boolean actsHere) {
        return new StocktakeSummary(stocktakeId, status, openedAt, countedBy, approvedBy, actions(caller, actsHere));
    }

    StocktakeView view(List<LineView> lines, Caller caller, boolean actsHere) {
        return new StocktakeView(stocktakeId, status, countedBy, approvedBy, lines, actions(caller, actsHere));
    }

    private List<String> actions(Caller caller, boolean actsHere) {
        List<String> counted = Arrays.stream(counters.split(" ")).filter(id -> !id.isEmpty()).toList();
        return StocktakeRules.actions(!"APPROVED".equals(status), startedBy, counted, caller.roles(),
                caller.userId(), actsHere);
    }
}
