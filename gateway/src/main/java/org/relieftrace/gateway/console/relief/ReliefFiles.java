package org.relieftrace.gateway.console.relief;

import jakarta.ws.rs.core.Response;

import org.relieftrace.gateway.console.ConsoleApi;

/** Helpers of the relief pages: files of the relief API passed on as sent, form values into API bodies. */
final class ReliefFiles {

    private ReliefFiles() {
    }

    static Response passOn(ConsoleApi.Download file) {
        Response.ResponseBuilder answer = Response.ok(file.body()).type(file.contentType());
        if (file.disposition() != null) {
            answer.header("Content-Disposition", file.disposition());
        }
        return answer.build();
    }

    /** Puts a typed value into an API body, stripped; a blank one is left out so that the API names it missing. */
    static void put(java.util.Map<String, Object> body, String name, String value) {
        if (value != null && !value.isBlank()) {
            body.put(name, value.strip());
        }
    }

    /** A division code as a query value: digits only, so nothing else reaches the API's query. */
    static String code(String code) {
        return code == null ? "" : code.replaceAll("[^0-9]", "");
    }
}
