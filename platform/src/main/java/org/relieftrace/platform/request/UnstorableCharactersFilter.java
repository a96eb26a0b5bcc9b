package org.relieftrace.platform.request;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses, for every endpoint of every service, a request whose path, query or body holds text PostgreSQL cannot
 * store ({@link StorableText}): such text would otherwise reach a statement and fail there with a 500. Path and query
 * are checked as sent (percent-decoded strictly as UTF-8), JSON bodies string by string (names and values, escapes
 * decoded), text bodies (CSV) whole; other bodies (XLSX, multipart) are the endpoint's to read.
 */
public class UnstorableCharactersFilter {

    /** The methods whose body an endpoint reads. */
    private static final Set<String> BODIES = Set.of("POST", "PUT", "PATCH");

    @ServerRequestFilter(readBody = true)
    public void refuseUnstorable(ContainerRequestContext request) throws IOException {
        URI uri = request.getUriInfo().getRequestUri();
        if (!storableEncoded(uri.getRawPath())) {
            throw new UnstorableCharacters("path");
        }
        String query = uri.getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                if (!storableEncoded(name) || equals >= 0 && !storableEncoded(pair.substring(equals + 1))) {
                    throw new UnstorableCharacters("query." + printable(name));
                }
            }
        }
        MediaType type = request.getMediaType();
        if (type == null || !BODIES.contains(request.getMethod()) || !request.hasEntity()) {
            // a GET (a query on the event loop among them) carries no body to read, whatever its Content-Type says
            return;
        }
        boolean json = type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
        if (!json && !type.getType().equals("text")) {
            return;
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        if (json) {
            Optional<String> field = StorableText.unstorableInJson(body);
            if (field.isPresent()) {
                throw new UnstorableCharacters(field.get().isEmpty() ? "body" : "body." + field.get());
            }
        } else if (!StorableText.storableText(body)) {
            throw new UnstorableCharacters("body");
        }
    }

    /** Percent-encoded text that decodes to storable UTF-8; a broken escape is left to the router. */
    static boolean storableEncoded(String raw) {
        if (raw == null || !StorableText.storable(raw)) {
            return raw == null;
        }
        if (raw.indexOf('%') < 0) {
            return true;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && isHex(raw, i + 1) && isHex(raw, i + 2)) {
                bytes.write(HexFormat.fromHexDigits(raw, i + 1, i + 3));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return StorableText.storableText(bytes.toByteArray());
    }

    private static boolean isHex(String text, int at) {
        return at < text.length() && Character.digit(text.charAt(at), 16) >= 0;
    }

    /** A parameter name fit to quote in the answer. */
    private static String printable(String name) {
        return storableEncoded(name) ? name : "?";
    }
}
