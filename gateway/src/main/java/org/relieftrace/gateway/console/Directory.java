package org.relieftrace.gateway.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.TemplateData;

import com.fasterxml.jackson.databind.JsonNode;

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
            JsonNode page = api.get("/api/registry/depots?size=500" + division);
            List<Depot> found = new ArrayList<>();
            for (JsonNode depot : page.path("items")) {
                String code = depot.path("code").asText();
                if (viewer.hasAny(Viewer.KEEPER) && !viewer.hasAny(Viewer.OFFICER, Viewer.ADMIN, Viewer.AUDITOR)
                        && !viewer.depotCodes().contains(code)) {
                    continue;
                }
                found.add(new Depot(depot.path("depotId").asText(), code, depot.path("name").asText(),
                        depot.path("divisionCode").asText(), depot.path("tier").asText()));
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
            JsonNode page = api.get("/api/registry/catalog/items?size=500");
            Map<String, Item> found = new LinkedHashMap<>();
            boolean english = "en".equals(console.lang());
            for (JsonNode item : page.path("items")) {
                String code = item.path("itemCode").asText();
                String name = english ? item.path("nameEn").asText(item.path("nameZh").asText())
                        : item.path("nameZh").asText(code);
                found.put(code, new Item(code, name, item.path("unit").asText(),
                        item.hasNonNull("shelfLifeDays") ? item.path("shelfLifeDays").asInt() : null));
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
