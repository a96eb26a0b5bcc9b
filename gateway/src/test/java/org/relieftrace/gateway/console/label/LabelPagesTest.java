package org.relieftrace.gateway.console.label;

import java.net.URI;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LabelPagesTest {

    private static final URI ASKED = URI.create("http://localhost:8080/");

    @Test
    void aLabelLinksToTheTraceAtTheConfiguredPublicAddress() {
        String base = LabelPages.base(Optional.of("https://relief.example.org/ "), ASKED);
        assertThat(LabelPages.traceUrl(base, "7d5c1c4e-0000-4000-8000-000000000001"))
                .isEqualTo("https://relief.example.org/console/lots/7d5c1c4e-0000-4000-8000-000000000001/trace");
    }

    @Test
    void withoutAPublicAddressALabelLinksToTheAddressThePrintingBrowserUsed() {
        assertThat(LabelPages.base(Optional.empty(), ASKED)).isEqualTo("http://localhost:8080");
        assertThat(LabelPages.base(Optional.of(" "), URI.create("http://192.168.1.20:8080/")))
                .isEqualTo("http://192.168.1.20:8080");
    }
}
