package org.relieftrace.contracts.registry;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/** 应急响应级别调整 — the response level of a disaster was raised or lowered (I highest, IV lowest). */
@Revision("1")
public record DisasterResponseLevelChanged(UUID disasterId, String responseLevel, String previousLevel) {
}
