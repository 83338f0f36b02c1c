package com.lockvue.adapter.rest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lockvue.adapter.rest.problem.Problem;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;

/**
 * Writes a problem+json answer straight to Vert.x, for refusals made before JAX-RS (whose exception mappers do the
 * same for everything after). The shape comes from {@link com.lockvue.adapter.rest.problem.Problems}; this only
 * carries it to the wire.
 */
@Singleton
public class ProblemResponses {
    private final ObjectMapper json;

    public ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Answers {@code problem}. With {@code close}, the connection ends after the answer: the rest of the request (an
     * unread body, bytes after a refused head) is not worth reading or cannot be trusted.
     */
    public void send(RoutingContext context, Problem problem, boolean close) {
        HttpServerResponse response = context.response();
        if (response.headWritten() || response.ended() || response.closed()) {
            // Too late for any answer; a clean close tells the client more than a truncated one.
            context.request().connection().close();
            return;
        }
        response.setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .putHeader("X-Content-Type-Options", "nosniff");
        if (problem.status() == 401) {
            response.putHeader("WWW-Authenticate", "Bearer");
        }
        if (problem.status() == 503) {
            response.putHeader("Retry-After", "5");
        }
        if (close && context.request().version() != HttpVersion.HTTP_2) {
            // The header alone does not make Vert.x close; closing after the answer is written does.
            response.putHeader(HttpHeaders.CONNECTION, "close");
            response.endHandler(ended -> context.request().connection().close());
        }
        response.end(Buffer.buffer(bytes(problem)));
    }

    private byte[] bytes(Problem problem) {
        try {
            return json.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Problem always serialises", e);
        }
    }
}
