package org.relieftrace.gateway.console;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonObject;

import static org.assertj.core.api.Assertions.assertThat;

class QueuedSendTest {

    @Test
    void onlyTheQueuesOwnHeaderAsksForTheQueuedAnswer() {
        assertThat(QueuedSend.isQueued("1")).isTrue();
        assertThat(QueuedSend.isQueued(null)).isFalse();
        assertThat(QueuedSend.isQueued("true")).isFalse();
    }

    @Test
    void aTakenEntryIsAnsweredWithWhatWasRecorded() {
        Response sent = QueuedSend.sent("Q-1 × 1");
        assertThat(sent.getStatus()).isEqualTo(200);
        assertThat(sent.getMediaType().toString()).isEqualTo("application/json");
        assertThat(new JsonObject((String) sent.getEntity()).getString("outcome")).isEqualTo("sent");
    }

    @Test
    void aRefusalKeepsTheServicesStatusTitleDetailAndFields() {
        Response refused = QueuedSend.refused(new ApiProblem(409, "insufficient-stock", "库存不足",
                "QUILT 只有 3 件可用", List.of(new ApiProblem.Field("quantity", "太多"))));
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getMediaType().toString()).isEqualTo("application/problem+json");
        JsonObject body = new JsonObject((String) refused.getEntity());
        assertThat(body.getString("title")).isEqualTo("库存不足");
        assertThat(body.getString("detail")).isEqualTo("QUILT 只有 3 件可用");
        assertThat(body.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("quantity");
    }
}
