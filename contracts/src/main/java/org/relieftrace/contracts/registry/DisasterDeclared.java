package org.relieftrace.contracts.registry;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * 灾害事件 — a disaster was declared: {@code type} FLOOD, LANDSLIDE, EARTHQUAKE, FOREST_FIRE, TYPHOON, DROUGHT, HAIL,
 * SNOW_ICE or OTHER; {@code responseLevel} I (the highest) to IV; the divisions (12-digit codes) it affects.
 */
@Revision("1")
public record DisasterDeclared(UUID disasterId, String type, String name, Instant startedAt, String responseLevel,
                               List<String> affectedDivisionCodes) {
}
