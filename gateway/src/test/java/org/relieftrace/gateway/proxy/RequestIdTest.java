package org.relieftrace.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class RequestIdTest {

    @Test
    void plainIdIsKept() {
        assertEquals("console-7f3a:42", RequestId.acceptOrIssue("console-7f3a:42"));
    }

    @Test
    void missingEmptyOverlongOrOddIdsAreReplacedByAUuid() {
        for (String offered : new String[] {null, "", "a".repeat(129), "two words", "x\ty"}) {
            String issued = RequestId.acceptOrIssue(offered);
            assertNotEquals(offered, issued);
            assertEquals(issued, UUID.fromString(issued).toString());
        }
    }
}
