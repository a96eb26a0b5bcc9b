package org.relieftrace.relief.reliefcase;

import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * 办理时限 — the periods of a case's steps as configuration ({@code relief.periods.*}), with the defaults of
 * 《自然灾害救助条例》 and DOMAIN.md: a public notice runs at least 7 days, the township reviews within 10 days of the
 * notice's end, the county approves within 10 days of the review, and the money is paid within 8 working days of the
 * approval ({@code WorkingDays}). Provinces differ: the notice's minimum may be set per province (or any division) by
 * the leading digits of its code, e.g. {@code relief.periods.notice-min-days-in."50"=10} for 重庆.
 */
@ConfigMapping(prefix = "relief.periods")
public interface CasePeriods {

    /** 公示: the fewest days a notice runs, where no division of {@link #noticeMinDaysIn} says otherwise. */
    @WithDefault("7")
    int noticeMinDays();

    /** 公示 per province (or any division): the fewest days, by the leading digits of the division code. */
    Map<String, Integer> noticeMinDaysIn();

    /** 乡镇审核: days the township has to review a case after its notice ran its full period. */
    @WithDefault("10")
    int reviewDays();

    /** 县级审批: days the county has to approve a case after the township's review. */
    @WithDefault("10")
    int approvalDays();

    /** 资金发放: working days after the approval within which the money is paid. */
    @WithDefault("8")
    int payoutWorkingDays();

    /** The fewest days a notice in the division runs: the entry of the longest matching code prefix, else the default. */
    default int noticeMinDays(String divisionCode) {
        String best = null;
        for (String prefix : noticeMinDaysIn().keySet()) {
            if (divisionCode.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best == null ? noticeMinDays() : noticeMinDaysIn().get(best);
    }
}
