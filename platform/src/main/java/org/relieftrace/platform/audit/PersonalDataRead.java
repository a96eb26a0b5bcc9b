package org.relieftrace.platform.audit;

import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * 个人信息查阅记录 — someone read personal data (resident ID numbers, payout accounts, household members): what kind
 * of record ({@code subjectType}), which ones, in which division, through which view, and whether unmasked. Who,
 * when, in which division and why ({@code X-Access-Reason}) are in the metadata, like every event's.
 */
@Revision("1")
public record PersonalDataRead(String subjectType, List<String> subjectIds, String subjectDivision, String view,
                               boolean unmasked) {
}
