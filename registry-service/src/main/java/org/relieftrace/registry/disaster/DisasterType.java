package org.relieftrace.registry.disaster;

/**
 * 灾害种类 — 洪涝 flood, 滑坡 landslide (and other geological hazards), 地震 earthquake, 森林火灾 forest fire, 台风
 * typhoon, 干旱 drought, 冰雹 hail, 低温雨雪冰冻 snow and ice, or another kind.
 */
public enum DisasterType {
    FLOOD,
    LANDSLIDE,
    EARTHQUAKE,
    FOREST_FIRE,
    TYPHOON,
    DROUGHT,
    HAIL,
    SNOW_ICE,
    OTHER
}
