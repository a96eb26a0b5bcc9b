package org.relieftrace.gateway.console;

/**
 * 登记册 — the registry's answers as the console reads them (depots, catalog items, disasters, divisions), mirrored
 * from the registry's view records with only the fields the pages use; the registry may answer more.
 */
public final class RegistryViews {

    private RegistryViews() {
    }

    /** 仓库 — a depot: its id, code, name, the division it serves and its tier. */
    public record DepotView(String depotId, String code, String name, String divisionCode, String tier) {
    }

    /** 物资目录 — a catalog item with its names in both languages, unit and shelf life. */
    public record ItemView(String itemCode, String nameZh, String nameEn, String unit, Integer shelfLifeDays) {
    }

    /** 灾情 — a disaster help can be asked or given for. */
    public record DisasterView(String disasterId, String name) {
    }

    /** 行政区划 — a division by code and name. */
    public record DivisionView(String code, String name, String level) {
    }
}
