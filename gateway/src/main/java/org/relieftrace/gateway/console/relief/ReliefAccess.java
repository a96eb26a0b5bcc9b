package org.relieftrace.gateway.console.relief;

import java.time.LocalDate;

import org.relieftrace.gateway.console.Formats;
import org.relieftrace.gateway.console.Viewer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 救助权限 — what the relief pages offer to whom: civil-affairs staff handle cases at their level (村评、乡审、县定),
 * finance and civil affairs make up batches, only finance exchanges files with the bank, auditors read. The relief
 * API decides every step again; this only keeps a user from being offered a step their role cannot take.
 */
public final class ReliefAccess {

    private ReliefAccess() {
    }

    /** Reads cases, notices, batches, deadlines and funds. */
    public static boolean readsRelief(Viewer viewer) {
        return viewer.hasAny(Viewer.CIVIL, Viewer.FINANCE, Viewer.AUDITOR, Viewer.ADMIN);
    }

    /** Takes the steps of a case (appraise, post, review, approve). */
    public static boolean handlesCases(Viewer viewer) {
        return viewer.hasAny(Viewer.CIVIL, Viewer.ADMIN);
    }

    /** Makes up payment batches and reissues failed payments. */
    public static boolean makesBatches(Viewer viewer) {
        return viewer.hasAny(Viewer.CIVIL, Viewer.FINANCE, Viewer.ADMIN);
    }

    /** Downloads the bank file and uploads the bank's result file. */
    public static boolean exchangesWithBank(Viewer viewer) {
        return viewer.hasAny(Viewer.FINANCE, Viewer.ADMIN);
    }

    /** {@code VILLAGE}, {@code TOWNSHIP}, {@code COUNTY} or {@code ADMIN} (who may take every step). */
    static String level(Viewer viewer) {
        if (viewer.hasAny(Viewer.ADMIN)) {
            return "ADMIN";
        }
        String code = viewer.division();
        if (code == null || code.length() != 12) {
            return "";
        }
        if (!code.endsWith("000")) {
            return "VILLAGE";
        }
        return "000".equals(code.substring(6, 9)) ? "COUNTY" : "TOWNSHIP";
    }

    /**
     * The next step of a case for this user, by its status and the user's level: {@code appraise}, {@code notice},
     * {@code objection}, {@code review}, {@code approve}, {@code confirm}, {@code reissue}, or empty for none.
     */
    static String nextAction(Viewer viewer, JsonNode c) {
        String status = c.path("status").asText();
        String level = level(viewer);
        boolean admin = "ADMIN".equals(level);
        if ("FAILED".equals(c.path("paymentStatus").asText()) && makesBatches(viewer)) {
            return "reissue";
        }
        if (!handlesCases(viewer)) {
            return "";
        }
        boolean village = admin || "VILLAGE".equals(level);
        boolean township = admin || "TOWNSHIP".equals(level) || "COUNTY".equals(level);
        boolean county = admin || "COUNTY".equals(level);
        return switch (status) {
            case "OPEN", "RETURNED" -> village ? "appraise" : "";
            case "APPRAISED" -> village ? "notice" : "";
            case "ON_NOTICE" -> noticeOver(c) && c.path("openObjections").asInt() == 0 && township ? "review"
                    : c.path("openObjections").asInt() > 0 && township ? "resolve" : village ? "objection" : "";
            case "REVIEWED" -> county ? "approve" : "";
            case "AWAITING_SECOND_APPROVAL" -> county ? "confirm" : "";
            default -> "";
        };
    }

    private static boolean noticeOver(JsonNode c) {
        String ends = c.path("noticeEndsOn").asText("");
        return !ends.isEmpty() && !LocalDate.parse(ends).isAfter(Formats.today());
    }
}
