package org.relieftrace.gateway.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.TemplateData;

/**
 * 导航 — the console's menu, per role: a user sees only the pages of what their role may do. A new page (transfers,
 * distributions, stocktakes, cases, batches, funds) adds its line here, guarded by a {@link Viewer} permission.
 */
public final class Navigation {

    /** One menu entry. */
    @TemplateData
    public record Item(String href, String label, boolean active) {
    }

    private Navigation() {
    }

    /** The menu of this user, with the entry of the current page marked. */
    public static List<Item> of(Viewer viewer, Map<String, String> t, String path) {
        List<Item> items = new ArrayList<>();
        if (viewer.readsStock()) {
            add(items, "/console/stock", t.get("nav_stock"), path);
        }
        if (viewer.receivesGoods()) {
            add(items, "/console/receipts/new", t.get("nav_receive"), path);
        }
        // supplies
        if (viewer.movesSupplies()) {
            add(items, "/console/transfers", t.get("nav_transfers"), path);
            add(items, "/console/distributions", t.get("nav_distributions"), path);
        }
        if (viewer.receivesGoods() || viewer.movesSupplies()) {
            // 离线待发送: what this device keeps of the two forms that work offline (receipts, distributions)
            add(items, "/console/offline", t.get("nav_offline"), path);
        }
        if (viewer.movesSupplies() || viewer.hasAny(Viewer.CIVIL)) {
            add(items, "/console/requests", t.get("nav_requests"), path);
            add(items, "/console/reserves", t.get("nav_reserves"), path);
            add(items, "/console/pledges", t.get("nav_pledges"), path);
        }
        if (viewer.approvesTransfers()) {
            add(items, "/console/readiness", t.get("nav_readiness"), path);
        }
        if (viewer.approvesTransfers() || viewer.hasAny(Viewer.CIVIL)) {
            // civil affairs run the shelters the map shows beside the depots
            add(items, "/console/readiness/map", t.get("nav_resource_map"), path);
        }
        if (viewer.readsHouseholds()) {
            add(items, "/console/households", t.get("nav_households"), path);
        }
        if (viewer.changesHouseholds()) {
            add(items, "/console/households/import", t.get("nav_import"), path);
        }
        if (viewer.readsHouseholds()) {
            add(items, "/console/shelters", t.get("nav_shelters"), path);
        }
        if (viewer.readsStatistics()) {
            add(items, "/console/disasters", t.get("nav_disasters"), path);
        }
        // relief
        if (viewer.readsRelief()) {
            add(items, "/console/relief/cases", t.get("nav_relief_cases"), path);
            add(items, "/console/relief/notices", t.get("nav_relief_notices"), path);
            add(items, "/console/relief/paid", t.get("nav_relief_paid"), path);
            add(items, "/console/relief/batches", t.get("nav_relief_batches"), path);
            add(items, "/console/relief/cases/deadlines", t.get("nav_relief_deadlines"), path);
            add(items, "/console/relief/funds", t.get("nav_relief_funds"), path);
        }
        if (viewer.audits()) {
            add(items, "/console/audit/history", t.get("nav_audit_history"), path);
            add(items, "/console/audit/events", t.get("nav_audit_events"), path);
            add(items, "/console/audit/verify", t.get("nav_audit_verify"), path);
            add(items, "/console/audit/projections", t.get("nav_audit_projections"), path);
            add(items, "/console/audit/stock-chart", t.get("nav_stock_chart"), path);
        }
        return items;
    }

    /** Where a user lands after login: the first page of their menu. */
    public static String home(Viewer viewer) {
        List<Item> items = of(viewer, Map.of(), "");
        if (viewer.receivesGoods() || viewer.hasAny(Viewer.KEEPER)) {
            return "/console/stock";
        }
        if (viewer.changesHouseholds()) {
            return "/console/households";
        }
        if (viewer.audits()) {
            return "/console/audit/history";
        }
        return items.isEmpty() ? "/console/none" : items.get(0).href();
    }

    private static void add(List<Item> items, String href, String label, String path) {
        boolean active = path.equals(href) || path.startsWith(href + "/") && items.stream()
                .noneMatch(item -> path.startsWith(item.href() + "/") && item.href().length() > href.length());
        items.add(new Item(href, label, active));
    }
}
