package org.relieftrace.contracts.registry;

import org.axonframework.serialization.Revision;

/**
 * 行政区划 — an administrative division with its 12-digit statistical code, level (COUNTY, TOWNSHIP, VILLAGE) and
 * parent code.
 */
@Revision("1")
public record DivisionRegistered(String code, String name, String level, String parentCode) {
}
