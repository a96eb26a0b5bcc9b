package org.relieftrace.registry.disaster;

/** 应急响应级别 — I (一级, the highest) to IV (四级, the lowest). */
public enum ResponseLevel {
    I,
    II,
    III,
    IV
}
