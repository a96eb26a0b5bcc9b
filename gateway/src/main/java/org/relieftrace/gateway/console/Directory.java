package org.relieftrace.gateway.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.TemplateData;

import org.relieftrace.gateway.console.RegistryViews.DepotView;
import org.relieftrace.gateway.console.RegistryViews.ItemView;

/**
 * 目录 — the registry facts pages need, read through the API once per request: the depots a user may look at
 * (a keeper: only the depots of their token) and the names of catalog items in the user's language.
 */
@RequestScoped
public class Directory {

    /** A depot a user can pick. */
    @TemplateData
    public record Depot(String depotId, String code, String name, String divisionCode, String tier) {
    }

    /** A catalog item: code, name in the user's language, unit. */
    @TemplateData
    public record Item(String code, String name, String unit, Integer shelfLifeDays) {
    }

    @Inject
    ConsoleApi api;

    @Inject
    Console console;

    private List<Depot> depots;
    private Map<String, Item> items;

    /** The depots of the user's division and below; for a keeper only their own. */
    public List<Depot> depots() {
        if (depots == null) {
            Viewer viewer = console.viewer();
            String division = viewer.division() == null ? "" : "&division=" + viewer.division();
            List<Depot> found = new ArrayList<>();
            // a county has some dozens of depots: one page of the largest size holds them
            for (DepotView depot : api.list("/api/registry/depots?size=500" + division, DepotView.class).items()) {
                if (viewer.hasAny(Viewer.KEEPER) && !viewer.hasAny(Viewer.OFFICER, Viewer.ADMIN, Viewer.AUDITOR)
                        && !viewer.depotCodes().contains(depot.code())) {
                    continue;
                }
                found.add(new Depot(depot.depotId(), depot.code(), depot.name(), depot.divisionCode(), depot.tier()));
            }
            depots = List.copyOf(found);
        }
        return depots;
    }

    /** The depot of that id among the user's, or the first of them when none is asked for; null when none. */
    public Depot depot(String depotId) {
        List<Depot> mine = depots();
        if (depotId == null || depotId.isBlank()) {
            return mine.isEmpty() ? null : mine.get(0);
        }
        return mine.stream().filter(depot -> depot.depotId().equals(depotId)).findFirst().orElse(null);
    }

    /** The catalog by item code, names in the user's language. */
    public Map<String, Item> items() {
        if (items == null) {
            Map<String, Item> found = new LinkedHashMap<>();
            boolean english = "en".equals(console.lang());
            for (ItemView item : api.list("/api/registry/catalog/items?size=500", ItemView.class).items()) {
                String name = english && item.nameEn() != null ? item.nameEn()
                        : item.nameZh() != null ? item.nameZh() : item.itemCode();
                found.put(item.itemCode(), new Item(item.itemCode(), name, item.unit(), item.shelfLifeDays()));
            }
            items = found;
        }
        return items;
    }

    /** An item's name in the user's language, its code when the catalog does not know it. */
    public String itemName(String code) {
        Item item = items().get(code);
        return item == null ? code : item.name();
    }
}
