package com.lockvue.bootstrap.ops;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id: the caller's X-Request-Id when it is a plain token (a proxy in front usually sets one,
 * so its log and ours line up), otherwise a new UUID. The id goes back in the response header, onto every log line
 * written for the request (MDC; Quarkus keeps it on the request's Vert.x context across threads), into the access
 * log, and into every problem+json.
 */
public class RequestIds {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** Letters, digits and a few separators only: nothing a log reader could take for another field or line. */
    private static final Pattern PLAIN_TOKEN = Pattern.compile("[A-Za-z0-9._:-]{8,64}");
    /** Ahead of every other filter, so that what they log carries the id too. */
    private static final int PRIORITY = 10_000;

    void register(@Observes Filters filters) {
        filters.register(ctx -> {
            String offered = ctx.request().getHeader(HEADER);
            String id = offered != null && PLAIN_TOKEN.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
            MDC.put(MDC_KEY, id);
            ctx.response().putHeader(HEADER, id);
            ctx.next();
        }, PRIORITY);
    }
}
