package org.relieftrace.registry.depot;

/**
 * 储备方式 — who holds a depot's goods: 政府实物储备 the government itself, 协议储备 a contracted enterprise that holds
 * goods to be called off, or 社会单元储备 a shop or supermarket near the villages.
 */
public enum DepotKind {
    GOVERNMENT,
    AGREEMENT_ENTERPRISE,
    SOCIAL_UNIT
}
