package org.relieftrace.chain;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A stable text form of JSON: object keys sorted, no insignificant white space. The same payload gives the same text
 * whether it comes from a Java object about to be stored or from the stored bytes read back by an auditor, which is
 * what makes the hash chain verifiable offline.
 */
public final class CanonicalJson {

    private final ObjectMapper mapper;

    public CanonicalJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The canonical text of a Java value, serialized the way the event store serializes it. */
    public String ofValue(Object value) {
        return write(sorted(mapper.valueToTree(value)));
    }

    /** The canonical text of stored JSON bytes. */
    public String ofJson(byte[] json) {
        try {
            return write(sorted(mapper.readTree(json)));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not JSON", e);
        }
    }

    /** The canonical text of stored JSON, leaving out some top-level keys (e.g. the hash itself). */
    public String ofJsonWithout(byte[] json, String... keys) {
        try {
            JsonNode node = mapper.readTree(json);
            if (node instanceof ObjectNode object) {
                object.remove(List.of(keys));
            }
            return write(sorted(node));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not JSON", e);
        }
    }

    /** The canonical text of a JSON tree already read, leaving out some top-level keys (the tree is changed). */
    public String ofTreeWithout(JsonNode node, String... keys) {
        if (node instanceof ObjectNode object) {
            object.remove(List.of(keys));
        }
        return write(sorted(node));
    }

    private JsonNode sorted(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
            names.sort(null);
            ObjectNode copy = mapper.createObjectNode();
            for (String name : names) {
                copy.set(name, sorted(object.get(name)));
            }
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = mapper.createArrayNode();
            array.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }

    private String write(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The canonical text of a metadata map without the given keys. */
    public String ofMap(Map<String, ?> map, String... without) {
        ObjectNode node = mapper.valueToTree(map);
        node.remove(List.of(without));
        return write(sorted(node));
    }
}
