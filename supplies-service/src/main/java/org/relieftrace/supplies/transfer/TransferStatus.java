package org.relieftrace.supplies.transfer;

/**
 * Where a transfer (调拨单) stands: requested → approved → reserved → dispatched → received → closed; or rejected,
 * cancelled or failed on the way.
 */
public enum TransferStatus { REQUESTED, APPROVED, RESERVED, FAILED, REJECTED, CANCELLED, DISPATCHED, RECEIVED, CLOSED }
