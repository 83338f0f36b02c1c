package com.lockvue.adapter.rest.headers;

import com.lockvue.domain.failure.RateLimitStatus;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The rate-limit fields of the IETF httpapi draft (draft-ietf-httpapi-ratelimit-headers-09), as structured-field
 * lists with one item per policy that counted the request:
 * <pre>
 * RateLimit-Policy: "per-address";q=20;w=600, "per-device";q=10;w=600
 * RateLimit: "per-address";r=19;t=540, "per-device";r=10;t=540
 * </pre>
 * {@code q} is the quota per window of {@code w} seconds, {@code r} what is left of it, {@code t} the seconds until
 * the window starts again (rounded up, so that a client waiting that long is never early).
 */
public final class RateLimitHeaders {
    public static final String POLICY = "RateLimit-Policy";
    public static final String STATE = "RateLimit";

    private RateLimitHeaders() {
    }

    public static Response.ResponseBuilder add(Response.ResponseBuilder response, List<RateLimitStatus> limits) {
        if (limits.isEmpty()) {
            return response;
        }
        return response.header(POLICY, policy(limits)).header(STATE, state(limits));
    }

    static String policy(List<RateLimitStatus> limits) {
        return limits.stream().map(l -> name(l) + ";q=" + l.quota() + ";w=" + seconds(l.window()))
                .collect(Collectors.joining(", "));
    }

    static String state(List<RateLimitStatus> limits) {
        return limits.stream().map(l -> name(l) + ";r=" + l.remaining() + ";t=" + seconds(l.resetAfter()))
                .collect(Collectors.joining(", "));
    }

    private static String name(RateLimitStatus limit) {
        return "\"" + limit.policy() + "\"";
    }

    private static long seconds(Duration duration) {
        long millis = Math.max(0, duration.toMillis());
        return (millis + 999) / 1000;
    }
}
