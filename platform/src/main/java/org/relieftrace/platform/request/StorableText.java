package org.relieftrace.platform.request;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Text PostgreSQL can store: no NUL (U+0000) and no unpaired UTF-16 surrogate (U+D800..U+DFFF alone), which
 * {@code text} columns and {@code jsonb} refuse. The checks of {@link UnstorableCharactersFilter}, one per part of a
 * request; each answers where in its part the first unstorable character is, or empty.
 */
public final class StorableText {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private StorableText() {
    }

    /** True when {@code text} holds no NUL and no unpaired surrogate. */
    public static boolean storable(CharSequence text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first field of a JSON body whose name or string value is not storable ({@code head.name},
     * {@code lines[2].note}; {@code ""} for the body itself), or empty. A body that is not UTF-8 is not storable; a
     * body that is not JSON is left to the endpoint, which answers it as malformed.
     */
    public static Optional<String> unstorableInJson(byte[] body) {
        if (!utf8(body)) {
            return Optional.of("");
        }
        try (JsonParser parser = JSON.createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if ((token == JsonToken.FIELD_NAME || token == JsonToken.VALUE_STRING)
                        && !storable(parser.getText())) {
                    return Optional.of(fieldOf(parser.getParsingContext().pathAsPointer().toString()));
                }
            }
        } catch (IOException | RuntimeException malformed) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A text body (CSV, plain text): valid UTF-8 without NUL or unpaired surrogates. */
    public static boolean storableText(byte[] body) {
        if (!utf8(body)) {
            return false;
        }
        for (byte b : body) {
            if (b == 0) {
                return false;
            }
        }
        return true;
    }

    /** Valid UTF-8: the encoded form of an unpaired surrogate (CESU, ED A0 80) is not. */
    static boolean utf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** {@code /lines/2/note} → {@code lines[2].note}. */
    static String fieldOf(String pointer) {
        StringBuilder field = new StringBuilder();
        for (String step : pointer.split("/")) {
            if (step.isEmpty()) {
                continue;
            }
            String name = step.replace("~1", "/").replace("~0", "~");
            if (name.chars().allMatch(Character::isDigit)) {
                field.append('[').append(name).append(']');
            } else {
                field.append(field.isEmpty() ? "" : ".").append(name);
            }
        }
        return field.toString();
    }
}
