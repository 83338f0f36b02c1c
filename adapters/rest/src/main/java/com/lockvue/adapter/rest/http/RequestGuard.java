package com.lockvue.adapter.rest.http;

import com.lockvue.adapter.rest.problem.Problem;
import com.lockvue.adapter.rest.problem.Problems;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Enforces the limits of a request's line, headers and body, and the shape of its target, before anything else
 * reads them, and answers each refusal as problem+json (what the router refuses itself: {@link RouterFailures}).
 *
 * <p>Vert.x would enforce the line and header limits in its HTTP decoder, whose refusals (414, 431, and 400 for a
 * request it cannot parse) go to {@code HttpServer#invalidRequestHandler}, which Quarkus 3.33 does not let an
 * application set: they leave with an empty body. So the decoder's limits are raised to a ceiling
 * ({@code quarkus.http.limits.*}) and the limits that apply are checked here. Only a request beyond the ceiling, or
 * one the decoder cannot parse at all, still gets the decoder's bare answer (docs/security.md).
 */
@Singleton
public class RequestGuard {
    /**
     * The system property that turns off Quarkus' own request-target check, which answers a bare 400 before any
     * route runs; {@link RequestTarget} makes the same check and more, and answers problem+json. It is read once,
     * when Quarkus' HTTP recorder loads, so it must be set before Quarkus starts (LockVueMain; the test JVM).
     */
    public static final String SKIP_QUARKUS_URI_CHECK = "vertx.disableURIValidation";
    /** Before every other filter, and before Quarkus' own body-size check (route order -2). */
    static final int PRIORITY = 1_000_000;
    private static final Set<HttpMethod> BODILESS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.TRACE, HttpMethod.CONNECT);

    private final ProblemResponses problems;
    private final int maxRequestLine;
    private final int maxHeaderSize;
    private final long maxBodySize;
    private final BodyHandler bodies;

    RequestGuard(ProblemResponses problems,
            @ConfigProperty(name = "lockvue.http.max-request-line-length") int maxRequestLine,
            @ConfigProperty(name = "lockvue.http.max-header-size") MemorySize maxHeaderSize,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.problems = problems;
        this.maxRequestLine = maxRequestLine;
        this.maxHeaderSize = (int) Math.min(Integer.MAX_VALUE, maxHeaderSize.asLongValue());
        this.maxBodySize = maxBodySize.map(MemorySize::asLongValue).orElse(-1L);
        this.bodies = BodyHandler.create(false).setBodyLimit(this.maxBodySize);
    }

    void guard(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (requestLineLength(request) > maxRequestLine) {
            problems.send(context, Problems.requestLineTooLong(maxRequestLine), true);
            return;
        }
        if (headerSize(request) > maxHeaderSize) {
            problems.send(context, Problems.headersTooLarge(maxHeaderSize), true);
            return;
        }
        Optional<Problem> badTarget = RequestTarget.problem(request.uri());
        if (badTarget.isPresent()) {
            problems.send(context, badTarget.get(), true);
            return;
        }
        long declared = contentLength(request);
        if (maxBodySize >= 0 && declared > maxBodySize) {
            problems.send(context, Problems.bodyTooLarge(maxBodySize), true);
            return;
        }
        if (request.version() != HttpVersion.HTTP_2
                && (declared > 0 || (declared < 0 && !BODILESS.contains(request.method())))) {
            // Read here, within the limit, so that a body sent without a length (chunked) that grows past it fails
            // with 413 into RouterFailures instead of being cut off by JAX-RS' reader with an empty 413. Not over
            // HTTP/2: there a body read here cannot be handed on (RESTEasy pauses the request, which Vert.x refuses
            // once it has ended: every POST was a 500, Http2ClientTest), and HTTP/2 has no chunked framing; its
            // declared length is checked above, an undeclared one is bounded by the JAX-RS reader.
            if (!request.isEnded()) {
                request.resume();
            }
            bodies.handle(context);
        } else {
            context.next();
        }
    }

    /** The request line as sent: method, target and version, separated by single spaces. */
    private static int requestLineLength(HttpServerRequest request) {
        return request.method().name().length() + 1 + request.uri().length() + 1 + "HTTP/1.1".length();
    }

    /** What the decoder counts against its header limit: each line's name, ": " and value. */
    private static long headerSize(HttpServerRequest request) {
        long size = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            size += header.getKey().length() + 2L + header.getValue().length();
        }
        return size;
    }

    /** The declared Content-Length, or -1 without one (the decoder has refused a malformed one already). */
    private static long contentLength(HttpServerRequest request) {
        String value = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
