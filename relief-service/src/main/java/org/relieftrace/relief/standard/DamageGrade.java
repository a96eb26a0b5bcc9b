package org.relieftrace.relief.standard;

/** 房屋损坏等级 — how badly a house was damaged: collapsed (倒塌), severely (严重损坏) or generally (一般损坏). */
public enum DamageGrade {
    COLLAPSED, SEVERELY_DAMAGED, GENERALLY_DAMAGED
}
