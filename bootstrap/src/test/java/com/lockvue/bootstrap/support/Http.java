package com.lockvue.bootstrap.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The one HTTP driver of the tests that speak to a server over the JDK's client: the integration tests (JSON calls
 * to packaged servers) and the contract fuzz (raw bytes, any method and header, which REST Assured refuses to
 * send). Every request is bounded by a timeout.
 */
public final class Http {
    public static final ObjectMapper JSON = new ObjectMapper();
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** One answer: status, headers, body (parsed if JSON), and how long it took. */
    public record Answer(int status, HttpResponse<String> raw, JsonNode json, long millis) {
        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        public String body() {
            return raw.body();
        }

        @Override
        public String toString() {
            return status + " " + raw.request().method() + " " + raw.request().uri() + " " + raw.body();
        }
    }

    private Http() {
    }

    public static Answer call(String base, String method, String path, String token, Object body) {
        return callFrom(null, base, method, path, token, body);
    }

    /** A JSON request whose body is sent exactly as given, broken or not. */
    public static Answer callRaw(String base, String method, String path, String token, String body) {
        return callFrom(null, base, method, path, token, new RawBody(body));
    }

    private record RawBody(String text) {
    }

    /** As a client at {@code clientAddress}, which the trusted proxy in front reports in X-Forwarded-For. */
    public static Answer callFrom(String clientAddress, String base, String method, String path, String token, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json");
        if (clientAddress != null) {
            request.header("X-Forwarded-For", clientAddress);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            if (body != null) {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body instanceof RawBody raw ? raw.text()
                                : JSON.writeValueAsString(body)));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            long start = System.nanoTime();
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - start) / 1_000_000;
            JsonNode json = null;
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (type.contains("json") && !response.body().isEmpty()) {
                json = JSON.readTree(response.body());
            }
            return new Answer(response.statusCode(), response, json, millis);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + base + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends exactly what it is given: any method, headers and body bytes (null: none). The body is parsed as JSON
     * only if the answer says it is JSON and it parses.
     */
    public static Answer send(String url, String method, java.util.Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            long start = System.nanoTime();
            HttpResponse<String> response = CLIENT.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
            long millis = (System.nanoTime() - start) / 1_000_000;
            JsonNode json = null;
            if (response.headers().firstValue("Content-Type").orElse("").contains("json") && !response.body().isEmpty()) {
                try {
                    json = JSON.readTree(response.body());
                } catch (IOException notJson) {
                    // Left null: the caller judges the raw body.
                }
            }
            return new Answer(response.statusCode(), response, json, millis);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + url + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
