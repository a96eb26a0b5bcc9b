package org.relieftrace.gateway.upstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;

import org.junit.jupiter.api.Test;

class UpstreamOriginTest {

    @Test
    void httpOriginWithoutPortUsesPort80() {
        assertEquals(new UpstreamOrigin("supplies", 80, false),
                UpstreamOrigin.of(Upstream.SUPPLIES, URI.create("http://supplies")));
    }

    @Test
    void httpsOriginUsesTlsAndPort443() {
        assertEquals(new UpstreamOrigin("relief.internal", 443, true),
                UpstreamOrigin.of(Upstream.RELIEF, URI.create("https://relief.internal/")));
    }

    @Test
    void explicitPortIsKept() {
        assertEquals(new UpstreamOrigin("localhost", 8083, false),
                UpstreamOrigin.of(Upstream.REGISTRY, URI.create("http://localhost:8083")));
    }

    @Test
    void originWithAPathIsRejected() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> UpstreamOrigin.of(Upstream.SUPPLIES, URI.create("http://localhost:8081/api/supplies")));
        assertEquals("relief.supplies-url must be an origin without path, query or fragment, got "
                + "http://localhost:8081/api/supplies", error.getMessage());
    }

    @Test
    void otherSchemesAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> UpstreamOrigin.of(Upstream.SUPPLIES, URI.create("ftp://localhost:8081")));
        assertThrows(IllegalArgumentException.class,
                () -> UpstreamOrigin.of(Upstream.SUPPLIES, URI.create("localhost:8081")));
    }
}
