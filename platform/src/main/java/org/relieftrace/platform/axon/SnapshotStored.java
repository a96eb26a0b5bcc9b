package org.relieftrace.platform.axon;

/**
 * A CDI event fired when Axon has stored an aggregate's snapshot (and the archive's trigger has copied it), inside
 * the transaction that stored it: what lets the audit seal the archived copy before anyone can read it.
 */
public record SnapshotStored(String aggregateType, String aggregateId, long sequence) {
}
