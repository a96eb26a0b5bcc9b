package org.relieftrace.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import org.relieftrace.gateway.upstream.Upstream;

import io.vertx.core.json.JsonObject;

class UpstreamProblemTest {

    @Test
    void chineseIsChosenOnlyWhenPreferredOverEnglish() {
        assertTrue(UpstreamProblem.prefersChinese("zh-CN,zh;q=0.9,en;q=0.8"));
        assertTrue(UpstreamProblem.prefersChinese("zh"));
        assertFalse(UpstreamProblem.prefersChinese("en-US,en;q=0.9,zh-CN;q=0.5"));
        assertFalse(UpstreamProblem.prefersChinese("fr"));
        assertFalse(UpstreamProblem.prefersChinese(null));
        assertFalse(UpstreamProblem.prefersChinese("not;;a=language"));
    }

    @Test
    void timeoutProblemHasItsOwnTypeAndStatus() {
        JsonObject problem = UpstreamProblem.timeout(Upstream.REGISTRY, "en", "req-1");
        assertEquals("https://relieftrace.org/problems/upstream-timeout", problem.getString("type"));
        assertEquals(504, problem.getInteger("status"));
        assertEquals("The registry service did not answer in time. Please try again shortly.",
                problem.getString("detail"));
        assertEquals("req-1", problem.getString("requestId"));
    }

    @Test
    void brokenOffProblemSaysTheCommandMayHaveBeenCarriedOut() {
        JsonObject problem = UpstreamProblem.failed(Upstream.SUPPLIES, "en", "req-2");
        assertEquals("https://relieftrace.org/problems/upstream-failed", problem.getString("type"));
        assertEquals(502, problem.getInteger("status"));
        assertEquals("The supplies service broke off the request before answering; it may have been carried out."
                + " Check before trying again.", problem.getString("detail"));
    }
}
