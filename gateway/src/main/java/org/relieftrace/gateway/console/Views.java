package org.relieftrace.gateway.console;

import java.io.IOException;

import org.relieftrace.contracts.api.ListPage;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reading an API answer as the console's view records: one record, or a list in the API's one envelope
 * {@link ListPage} ({@code items}, {@code page}, {@code size}, {@code total}). The records mirror the services'
 * views with only the fields a page uses, so every other field of the answer is passed over.
 */
public final class Views {

    private Views() {
    }

    /** The answer as one view. */
    public static <T> T one(ObjectMapper json, JsonNode answer, Class<T> view) {
        return read(json, answer, json.getTypeFactory().constructType(view));
    }

    /** The answer as a page of a list, each item as the given view. */
    public static <T> ListPage<T> page(ObjectMapper json, JsonNode answer, Class<T> item) {
        return read(json, answer, json.getTypeFactory().constructParametricType(ListPage.class, item));
    }

    private static <T> T read(ObjectMapper json, JsonNode answer, JavaType type) {
        try {
            return json.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(answer);
        } catch (IOException e) {
            throw new IllegalStateException("the API answered a shape the console does not know: " + type, e);
        }
    }
}
