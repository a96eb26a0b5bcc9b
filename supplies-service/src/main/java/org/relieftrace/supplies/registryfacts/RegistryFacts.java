package org.relieftrace.supplies.registryfacts;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import org.relieftrace.contracts.registry.CatalogItemRegistered;
import org.relieftrace.contracts.registry.DepotRegistered;
import org.relieftrace.platform.readmodel.Sql;

/**
 * The registry's published facts the supplies-service relies on — catalog items and depots — kept in local tables
 * from the global event stream (no service reads another's tables).
 */
@ApplicationScoped
@ProcessingGroup("registry-facts")
public class RegistryFacts {

    /** A catalog item as the supplies-service knows it. */
    public record Item(String code, String nameZh, String unit, String specification, Integer shelfLifeDays) {
    }

    /** A depot as the supplies-service knows it. */
    public record Depot(UUID id, String code, String name, String division, String tier, String kind) {
    }

    @Inject
    Sql sql;

    /** Facts read once and kept until the registry publishes a change (forgotten after that change commits). */
    private final Map<String, Item> items = new ConcurrentHashMap<>();
    private final Map<UUID, Depot> depots = new ConcurrentHashMap<>();

    @EventHandler
    void on(CatalogItemRegistered event) {
        sql.update("""
                INSERT INTO supplies.known_item (item_code, name_zh, name_en, category, unit, specification,
                                                 shelf_life_days)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (item_code) DO UPDATE SET name_zh = EXCLUDED.name_zh, name_en = EXCLUDED.name_en,
                    category = EXCLUDED.category, unit = EXCLUDED.unit, specification = EXCLUDED.specification,
                    shelf_life_days = EXCLUDED.shelf_life_days""",
                event.itemCode(), event.nameZh(), event.nameEn(), event.category(), event.unit(),
                event.specification(), event.shelfLifeDays());
        forgetAfterCommit(() -> items.remove(event.itemCode()));
    }

    @EventHandler
    void on(DepotRegistered event) {
        sql.update("""
                INSERT INTO supplies.known_depot (depot_id, code, name, division_code, tier, kind)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (depot_id) DO UPDATE SET code = EXCLUDED.code, name = EXCLUDED.name,
                    division_code = EXCLUDED.division_code, tier = EXCLUDED.tier, kind = EXCLUDED.kind""",
                event.depotId(), event.code(), event.name(), event.divisionCode(), event.tier(), event.kind());
        forgetAfterCommit(() -> depots.remove(event.depotId()));
    }

    @ResetHandler
    void reset() {
        sql.update("TRUNCATE supplies.known_item, supplies.known_depot");
        forgetAfterCommit(() -> {
            items.clear();
            depots.clear();
        });
    }

    private static void forgetAfterCommit(Runnable forget) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(u -> forget.run());
        } else {
            forget.run();
        }
    }

    /** The catalog item with this code, if the registry published it. */
    public Optional<Item> item(String code) {
        Item known = items.get(code);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Item> found = sql.one("SELECT item_code, name_zh, unit, specification, shelf_life_days FROM supplies.known_item"
                        + " WHERE item_code = ?", rows -> new Item(rows.getString(1), rows.getString(2),
                        rows.getString(3), rows.getString(4), (Integer) rows.getObject(5)), code);
        found.ifPresent(item -> items.put(code, item));
        return found;
    }

    /** The depot with this id, if the registry published it. */
    public Optional<Depot> depot(UUID id) {
        Depot known = depots.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Depot> found = sql.one("SELECT depot_id, code, name, division_code, tier, kind FROM supplies.known_depot"
                        + " WHERE depot_id = ?", rows -> new Depot(rows.getObject(1, UUID.class), rows.getString(2),
                        rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6)), id);
        found.ifPresent(depot -> depots.put(id, depot));
        return found;
    }
}
