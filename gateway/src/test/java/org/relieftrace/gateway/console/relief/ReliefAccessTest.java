package org.relieftrace.gateway.console.relief;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.relieftrace.gateway.console.Formats;
import org.relieftrace.gateway.console.Viewer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ReliefAccessTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Viewer user(String division, String... roles) {
        return new Viewer("someone", Set.of(roles), division, List.of(), "token");
    }

    private static JsonNode aCase(String status, String noticeEndsOn, int openObjections, String paymentStatus) {
        var node = JSON.createObjectNode().put("status", status).put("openObjections", openObjections);
        if (noticeEndsOn != null) {
            node.put("noticeEndsOn", noticeEndsOn);
        }
        if (paymentStatus != null) {
            node.put("paymentStatus", paymentStatus);
        }
        return node;
    }

    @Test
    void eachLevelIsOfferedOnlyItsOwnStepOfTheCase() {
        Viewer village = user("500118116201", Viewer.CIVIL);
        Viewer township = user("500118116000", Viewer.CIVIL);
        Viewer county = user("500118000000", Viewer.CIVIL);
        String over = Formats.today().minusDays(1).toString();

        assertThat(ReliefAccess.nextAction(village, aCase("OPEN", null, 0, null))).isEqualTo("appraise");
        assertThat(ReliefAccess.nextAction(township, aCase("OPEN", null, 0, null))).isEmpty();
        assertThat(ReliefAccess.nextAction(village, aCase("APPRAISED", null, 0, null))).isEqualTo("notice");
        assertThat(ReliefAccess.nextAction(township, aCase("ON_NOTICE", over, 0, null))).isEqualTo("review");
        assertThat(ReliefAccess.nextAction(village, aCase("ON_NOTICE", over, 0, null))).isEqualTo("objection");
        assertThat(ReliefAccess.nextAction(township, aCase("ON_NOTICE", over, 1, null))).isEqualTo("resolve");
        assertThat(ReliefAccess.nextAction(county, aCase("REVIEWED", over, 0, null))).isEqualTo("approve");
        assertThat(ReliefAccess.nextAction(township, aCase("REVIEWED", over, 0, null))).isEmpty();
        assertThat(ReliefAccess.nextAction(county, aCase("AWAITING_SECOND_APPROVAL", over, 0, null)))
                .isEqualTo("confirm");
    }

    @Test
    void aTownshipIsNotOfferedTheReviewWhileTheNoticeStillRuns() {
        Viewer township = user("500118116000", Viewer.CIVIL);
        String running = Formats.today().plusDays(3).toString();
        assertThat(ReliefAccess.nextAction(township, aCase("ON_NOTICE", running, 0, null))).isEmpty();
    }

    @Test
    void auditorsAreOfferedNoStepAndFinanceOnlyTheReissueOfAFailedPayment() {
        Viewer auditor = user("500118000000", Viewer.AUDITOR);
        Viewer finance = user("500118000000", Viewer.FINANCE);
        assertThat(ReliefAccess.nextAction(auditor, aCase("REVIEWED", null, 0, null))).isEmpty();
        assertThat(ReliefAccess.nextAction(auditor, aCase("APPROVED", null, 0, "FAILED"))).isEmpty();
        assertThat(ReliefAccess.nextAction(finance, aCase("REVIEWED", null, 0, null))).isEmpty();
        assertThat(ReliefAccess.nextAction(finance, aCase("APPROVED", null, 0, "FAILED"))).isEqualTo("reissue");
        assertThat(ReliefAccess.exchangesWithBank(finance)).isTrue();
        assertThat(ReliefAccess.exchangesWithBank(user("500118000000", Viewer.CIVIL))).isFalse();
    }
}
