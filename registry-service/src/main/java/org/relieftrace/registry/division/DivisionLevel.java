package org.relieftrace.registry.division;

/** 区划级别 — the tier of an administrative division: 区县 county, 乡镇街道 township, 村社区 village. */
public enum DivisionLevel {
    COUNTY,
    TOWNSHIP,
    VILLAGE
}
