package org.relieftrace.contracts.registry;

import java.util.List;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * 仓库保管员 — the depot keepers of a depot, by username, replacing any earlier list. An empty list means the depot
 * has no keeper on record.
 */
@Revision("1")
public record DepotKeepersAssigned(UUID depotId, List<String> keepers) {
}
