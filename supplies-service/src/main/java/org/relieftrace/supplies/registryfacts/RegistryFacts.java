package org.relieftrace.supplies.registryfacts;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import org.relieftrace.contracts.division.DivisionCode;
import org.relieftrace.contracts.registry.CatalogItemRegistered;
import org.relieftrace.contracts.registry.DepotRegistered;
import org.relieftrace.contracts.registry.DisasterDeclared;
import org.relieftrace.contracts.registry.DisasterEnded;
import org.relieftrace.contracts.registry.DisasterResponseLevelChanged;
import org.relieftrace.contracts.registry.DivisionRegistered;
import org.relieftrace.contracts.registry.HouseholdMoved;
import org.relieftrace.contracts.registry.HouseholdRegistered;
import org.relieftrace.contracts.registry.MemberAdded;
import org.relieftrace.contracts.registry.MemberRemoved;
import org.relieftrace.contracts.registry.PersonDeceased;
import org.relieftrace.platform.readmodel.Sql;

/**
 * The registry's published facts the supplies-service relies on — catalog items, depots, divisions, households with
 * their members, and disasters — kept in local tables
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

    /**
     * Facts read and kept for {@link #KEPT_FOR} at most, and forgotten as soon as the registry publishes a change on the
     * instance that handles it (after that change commits). Another instance of the service does not see that event,
     * so a fact it keeps is read again once old enough: at most that long out of date there.
     */
    static final Duration KEPT_FOR = Duration.ofSeconds(10);

    private final Map<String, Kept<Item>> items = new ConcurrentHashMap<>();
    private final Map<UUID, Kept<Depot>> depots = new ConcurrentHashMap<>();

    /** A fact with the moment it was read ({@link System#nanoTime()}). */
    private record Kept<V>(V fact, long readAt) {
    }

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
                INSERT INTO supplies.known_depot (depot_id, code, name, division_code, tier, kind, latitude,
                                                  longitude, address)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (depot_id) DO UPDATE SET code = EXCLUDED.code, name = EXCLUDED.name,
                    division_code = EXCLUDED.division_code, tier = EXCLUDED.tier, kind = EXCLUDED.kind,
                    latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude, address = EXCLUDED.address""",
                event.depotId(), event.code(), event.name(), event.divisionCode(), event.tier(), event.kind(),
                event.latitude(), event.longitude(), event.address());
        forgetAfterCommit(() -> depots.remove(event.depotId()));
    }

    @EventHandler
    void on(DivisionRegistered event) {
        sql.update("""
                INSERT INTO supplies.known_division (code, name, level, parent_code) VALUES (?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, level = EXCLUDED.level,
                    parent_code = EXCLUDED.parent_code""",
                event.code(), event.name(), event.level(), event.parentCode());
    }

    @EventHandler
    void on(HouseholdRegistered event) {
        sql.update("""
                INSERT INTO supplies.known_household (household_id, division_code, address, head_name)
                VALUES (?, ?, ?, ?) ON CONFLICT (household_id) DO NOTHING""",
                event.householdId(), event.divisionCode(), event.address(), event.headName());
        member(event.householdId(), event.headPersonId(), event.headName(), event.headIdNumber());
    }

    @EventHandler
    void on(HouseholdMoved event) {
        sql.update("UPDATE supplies.known_household SET division_code = ?, address = ? WHERE household_id = ?",
                event.divisionCode(), event.address(), event.householdId());
    }

    @EventHandler
    void on(MemberAdded event) {
        member(event.householdId(), event.personId(), event.name(), event.idNumber());
    }

    @EventHandler
    void on(MemberRemoved event) {
        sql.update("DELETE FROM supplies.known_member WHERE person_id = ? AND household_id = ?", event.personId(),
                event.householdId());
    }

    @EventHandler
    void on(PersonDeceased event) {
        sql.update("UPDATE supplies.known_member SET deceased = TRUE WHERE person_id = ?", event.personId());
    }

    @EventHandler
    void on(DisasterDeclared event) {
        sql.update("""
                INSERT INTO supplies.known_disaster (disaster_id, type, name, started_at, response_level,
                    affected_divisions)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (disaster_id) DO NOTHING""",
                event.disasterId(), event.type(), event.name(),
                event.startedAt() == null ? null : java.sql.Timestamp.from(event.startedAt()), event.responseLevel(),
                event.affectedDivisionCodes() == null ? null : String.join(",", event.affectedDivisionCodes()));
    }

    @EventHandler
    void on(DisasterResponseLevelChanged event) {
        sql.update("UPDATE supplies.known_disaster SET response_level = ? WHERE disaster_id = ?",
                event.responseLevel(), event.disasterId());
    }

    @EventHandler
    void on(DisasterEnded event) {
        sql.update("UPDATE supplies.known_disaster SET ended_at = ? WHERE disaster_id = ?",
                event.endedAt() == null ? null : java.sql.Timestamp.from(event.endedAt()), event.disasterId());
    }

    private void member(UUID householdId, UUID personId, String name, String idNumber) {
        sql.update("""
                INSERT INTO supplies.known_member (person_id, household_id, name, id_number) VALUES (?, ?, ?, ?)
                ON CONFLICT (person_id) DO UPDATE SET household_id = EXCLUDED.household_id, name = EXCLUDED.name,
                    id_number = EXCLUDED.id_number, deceased = FALSE""",
                personId, householdId, name, idNumber);
    }

    @ResetHandler
    void reset() {
        sql.update("TRUNCATE supplies.known_item, supplies.known_depot, supplies.known_division,"
                + " supplies.known_household, supplies.known_member, supplies.known_disaster");
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
        return remembered(items, code, () -> sql.one("SELECT item_code, name_zh, unit, specification,"
                + " shelf_life_days FROM supplies.known_item WHERE item_code = ?", rows -> new Item(rows.getString(1),
                rows.getString(2), rows.getString(3), rows.getString(4), (Integer) rows.getObject(5)), code));
    }

    /** A household as the supplies-service knows it: where it lives, and its members (not deceased). */
    public record Household(UUID id, String division, String headName, java.util.List<String> memberIdNumbers) {
    }

    /** The household with this id, if the registry published it. */
    public Optional<Household> household(UUID id) {
        return sql.one("SELECT household_id, division_code, head_name FROM supplies.known_household"
                + " WHERE household_id = ?", rows -> new Household(rows.getObject(1, UUID.class), rows.getString(2),
                rows.getString(3), sql.list("SELECT id_number FROM supplies.known_member WHERE household_id = ?"
                        + " AND NOT deceased", r -> r.getString(1), id)), id);
    }

    /** Whether the registry declared this disaster. */
    public boolean disasterKnown(UUID id) {
        return sql.one("SELECT 1 FROM supplies.known_disaster WHERE disaster_id = ?", rows -> 1, id).isPresent();
    }

    /**
     * Whether the disaster affects a division inside {@code county}; a disaster learnt before its divisions were kept
     * (none recorded) counts as affecting it.
     */
    public boolean disasterAffects(UUID id, DivisionCode county) {
        String codes = sql.one("SELECT COALESCE(affected_divisions, '') FROM supplies.known_disaster"
                + " WHERE disaster_id = ?", rows -> rows.getString(1), id).orElse("");
        return codes.isEmpty() || Arrays.stream(codes.split(",")).map(DivisionCode::of)
                .anyMatch(affected -> county.contains(affected) || affected.contains(county));
    }

    /** The depot with this id, if the registry published it. */
    public Optional<Depot> depot(UUID id) {
        return remembered(depots, id, () -> sql.one("SELECT depot_id, code, name, division_code, tier, kind"
                + " FROM supplies.known_depot WHERE depot_id = ?", rows -> new Depot(rows.getObject(1, UUID.class),
                rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6)), id));
    }

    /** The fact kept for {@code key} if read recently, else what {@code read} finds, kept from then on. */
    private static <K, V> Optional<V> remembered(Map<K, Kept<V>> kept, K key, Supplier<Optional<V>> read) {
        Kept<V> known = kept.get(key);
        long now = System.nanoTime();
        if (known != null && now - known.readAt() < KEPT_FOR.toNanos()) {
            return Optional.of(known.fact());
        }
        Optional<V> found = read.get();
        found.ifPresentOrElse(fact -> kept.put(key, new Kept<>(fact, now)), () -> kept.remove(key));
        return found;
    }
}
