package org.relieftrace.platform.metadata;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.relieftrace.chain.EventMetadata;

/**
 * The hash of an aggregate's latest event: from a bounded in-memory memory of recent commits when it is current,
 * else read from the event store (inside the caller's transaction).
 */
public final class StoredHashes implements HashChain.LastHashes {

    private record Link(long sequence, String hash) {
    }

    private final DataSource dataSource;
    private final ObjectMapper mapper;
    private final String eventTable;
    private final Map<String, Link> recent;

    public StoredHashes(DataSource dataSource, ObjectMapper mapper, String eventTable, int capacity) {
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.eventTable = eventTable;
        this.recent = java.util.Collections.synchronizedMap(new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Link> eldest) {
                return size() > capacity;
            }
        });
    }

    @Override
    public String hashOf(String aggregateId, long sequence) {
        Link link = recent.get(aggregateId);
        if (link != null && link.sequence() == sequence) {
            return link.hash();
        }
        String sql = "SELECT meta_data FROM " + eventTable + " WHERE aggregate_identifier = ? AND sequence_number = ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, aggregateId);
            statement.setLong(2, sequence);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("no event " + sequence + " of aggregate " + aggregateId);
                }
                JsonNode metaData = mapper.readTree(rows.getBytes(1));
                JsonNode hash = metaData.get(EventMetadata.HASH);
                return hash == null ? HashChain.GENESIS : hash.asText();
            }
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("cannot read the previous hash of " + aggregateId, e);
        }
    }

    @Override
    public void remember(String aggregateId, long sequence, String hash) {
        recent.merge(aggregateId, new Link(sequence, hash), (old, now) -> now.sequence() > old.sequence() ? now : old);
    }
}
