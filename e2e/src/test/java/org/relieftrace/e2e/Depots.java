package org.relieftrace.e2e;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The sample county's depots, whose ids the seeds derive from their codes. */
final class Depots {

    /** 朱沱镇应急物资储备库, kept by {@code zhutuo-keeper}. */
    static final UUID ZHUTUO = of("ZT-TOWN-01");

    private Depots() {
    }

    static UUID of(String code) {
        return UUID.nameUUIDFromBytes(("depot:" + code).getBytes(StandardCharsets.UTF_8));
    }

    /** A one-line receipt body. */
    static String receipt(String item, long quantity, String lotNumber) {
        return """
                {"source": "DONATION", "reference": "JZ-2026-118", "supplier": "永川区红十字会",
                 "reason": "社会捐赠入库",
                 "lines": [{"itemCode": "%s", "lotNumber": "%s", "quantity": %d,
                            "producedOn": "2026-05-01", "expiresOn": "2027-05-01"}]}
                """.formatted(item, lotNumber, quantity);
    }
}
