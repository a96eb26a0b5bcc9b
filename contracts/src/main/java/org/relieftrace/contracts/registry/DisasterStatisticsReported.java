package org.relieftrace.contracts.registry;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * 灾情统计 — the figures of a disaster as they stood at {@code asOf}: people affected (受灾人口), evacuated (紧急转移
 * 安置), dead (死亡), missing (失踪), houses collapsed (倒塌房屋) and damaged (损坏房屋), and the direct economic loss
 * (直接经济损失) in fen. Each report replaces none: the figures are reported again as they change, and the latest by
 * {@code asOf} is the current one.
 */
@Revision("1")
public record DisasterStatisticsReported(UUID disasterId, Instant asOf, long affectedPeople, long evacuated,
                                         long deaths, long missing, long collapsedHouses, long damagedHouses,
                                         long directLossFen) {
}
