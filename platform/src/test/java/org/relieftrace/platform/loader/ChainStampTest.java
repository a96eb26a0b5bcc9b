package org.relieftrace.platform.loader;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.relieftrace.chain.ChainCheck;
import org.relieftrace.chain.CanonicalJson;

import static org.assertj.core.api.Assertions.assertThat;

/** Events a loader stamps pass the audit's own chain check, exactly as events the services stamp. */
class ChainStampTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void stampedEventsFormAnIntactChain() throws Exception {
        ChainStamp stamp = new ChainStamp(mapper);
        ChainStamp.Actor keeper = new ChainStamp.Actor("u-1", "depot-keeper", "500118116000");
        List<ChainCheck.Stored> stored = new ArrayList<>();
        String previous = ChainStamp.GENESIS;
        for (int sequence = 0; sequence < 3; sequence++) {
            byte[] payload = ("{\"quantity\":" + (10 + sequence) + ",\"depotId\":\"d-1\"}")
                    .getBytes(StandardCharsets.UTF_8);
            String eventId = "e-" + sequence;
            ChainStamp.Stamped stamped = stamp.stamp(new ChainStamp.Event("DepotStock", "d-1", sequence, previous,
                    eventId, "2026-07-01T08:00:0" + sequence + ".000Z", "x.StockReceived", "1", payload), keeper,
                    "汛期前补充储备");
            stored.add(ChainCheck.Stored.of(new CanonicalJson(mapper), mapper, "DepotStock", "d-1", sequence,
                    sequence, eventId, "2026-07-01T08:00:0" + sequence + ".000Z", "x.StockReceived", "1", payload,
                    mapper.writeValueAsBytes(stamped.metaData())));
            assertThat(stamped.metaData()).containsEntry("prevHash", previous).containsEntry("hash", stamped.hash());
            previous = stamped.hash();
        }
        assertThat(ChainCheck.check(stored, true)).isEmpty();
    }
}
