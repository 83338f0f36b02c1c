package com.lockvue.adapter.rest.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An HTTP answer as kept for repeats: status, the headers that belong to the resource (not those of the moment,
 * such as rate limits), and the body as it was written.
 */
record StoredAnswer(int status, Map<String, List<String>> headers, String body) {
    private static final Set<String> KEPT_HEADERS = Set.of("location", "etag", "set-cookie", "content-type");
    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    static byte[] encode(Response response, ObjectMapper json) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        MultivaluedMap<String, String> all = response.getStringHeaders();
        all.forEach((name, values) -> {
            if (KEPT_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                headers.put(name, List.copyOf(values));
            }
        });
        if (response.getMediaType() != null) {
            headers.put("Content-Type", List.of(response.getMediaType().toString()));
        }
        try {
            String body = response.hasEntity() ? json.writeValueAsString(response.getEntity()) : null;
            return json.writeValueAsBytes(new StoredAnswer(response.getStatus(), headers, body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An answer could not be kept", e);
        }
    }

    static Response replay(byte[] stored, ObjectMapper json) {
        StoredAnswer answer;
        try {
            answer = json.readValue(stored, StoredAnswer.class);
        } catch (IOException e) {
            throw new UncheckedIOException("A kept answer could not be read", e);
        }
        Response.ResponseBuilder response = Response.status(answer.status()).header(REPLAYED_HEADER, "true");
        answer.headers().forEach((name, values) -> values.forEach(value -> response.header(name, value)));
        if (answer.body() != null) {
            response.entity(answer.body().getBytes(StandardCharsets.UTF_8));
        }
        return response.build();
    }
}
