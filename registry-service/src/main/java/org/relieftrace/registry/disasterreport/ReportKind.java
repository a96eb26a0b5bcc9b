package org.relieftrace.registry.disasterreport;

/** Which report of a township's series for one form: 初报, 续报 or 核报. */
public enum ReportKind {
    /** 初报 — the first report, due within hours of the disaster. */
    INITIAL,
    /** 续报 — a further report while the situation develops. */
    FOLLOW_UP,
    /** 核报 — the verified report once the situation is stable; it closes the series. */
    VERIFIED
}
