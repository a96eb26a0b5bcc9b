package org.relieftrace.contracts.registry;

import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * 生产准备期 — the days a production-capacity agreement's enterprise needs after a call before its first day of
 * production. Recorded with the agreement (a fact beside {@link CapacityAgreementSigned}, which is left unchanged);
 * an agreement recorded without it produces from the first day.
 */
@Revision("1")
public record CapacityLeadTimeDeclared(UUID agreementId, int leadTimeDays) {
}
