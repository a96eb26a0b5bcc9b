package org.relieftrace.registry.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import org.relieftrace.contracts.registry.CatalogItemRegistered;
import org.relieftrace.platform.readmodel.Sql;

/** 物资目录表 — keeps one row per catalog item, from the catalog items' events. */
@ApplicationScoped
@ProcessingGroup("catalog")
public class CatalogProjection {

    @Inject
    Sql sql;

    @EventHandler
    void on(CatalogItemRegistered event) {
        sql.update("""
                INSERT INTO registry.catalog_item (item_code, name_zh, name_en, category, unit, specification,
                                                   shelf_life_days)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (item_code) DO UPDATE SET name_zh = EXCLUDED.name_zh, name_en = EXCLUDED.name_en,
                    category = EXCLUDED.category, unit = EXCLUDED.unit, specification = EXCLUDED.specification,
                    shelf_life_days = EXCLUDED.shelf_life_days""",
                event.itemCode(), event.nameZh(), event.nameEn(), event.category(), event.unit(),
                event.specification(), event.shelfLifeDays());
    }

    @ResetHandler
    void reset() {
        sql.update("TRUNCATE registry.catalog_item");
    }
}
