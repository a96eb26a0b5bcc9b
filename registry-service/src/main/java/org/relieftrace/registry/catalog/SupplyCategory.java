package org.relieftrace.registry.catalog;

/**
 * 物资类别 — the categories of relief goods: 帐篷篷布 shelter, 被褥 bedding, 衣物 clothing, 食品饮用水 food and water,
 * 照明电力 lighting and power, 救援装备 rescue equipment, 医疗防疫 medical, 卫生洗消 sanitation.
 */
public enum SupplyCategory {
    SHELTER,
    BEDDING,
    CLOTHING,
    FOOD_WATER,
    LIGHTING_POWER,
    RESCUE_EQUIPMENT,
    MEDICAL,
    SANITATION
}
