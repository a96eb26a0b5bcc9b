package org.relieftrace.contracts.registry;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/** 库容 — the storage capacity of a depot was declared, in cubic metres. */
@Revision("1")
public record DepotCapacityDeclared(UUID depotId, long cubicMetres) {
}
