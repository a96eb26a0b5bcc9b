package org.relieftrace.relief.standard;

/** 救助类别 — the five relief categories of the planning documents. */
public enum ReliefCategory {
    /** 应急期救助: food, water, clothing and shelter in the emergency period, per person. */
    EMERGENCY,
    /** 因灾遇难人员家属抚慰: per person killed by the disaster, to the family. */
    CONDOLENCE,
    /** 过渡期生活救助: per person per month while the household cannot live in its home. */
    TRANSITIONAL,
    /** 冬春临时生活困难救助: per person, through winter and spring. */
    WINTER_SPRING,
    /** 倒损住房恢复重建救助: by damage grade of the house. */
    HOUSING
}
