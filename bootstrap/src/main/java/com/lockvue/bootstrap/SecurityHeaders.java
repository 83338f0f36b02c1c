package com.lockvue.bootstrap;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Content-Security-Policy for every answer, and Strict-Transport-Security for those sent over HTTPS.
 *
 * <p>The console (index.html, its /assets and every client-side route) loads only its own scripts, styles and
 * images and talks only to its own origin; it has no inline script or style (React sets {@code style} through the
 * CSSOM, which CSP does not govern), so none is allowed. API and other JSON answers allow nothing at all. Swagger UI
 * has inline scripts that Quarkus generates, so it is allowed inline script and style, and nothing from anywhere
 * else. Nothing may be framed, embed plugins or change the base URL.
 *
 * <p>HSTS is sent only when the request came over HTTPS: directly, or from a proxy that {@code quarkus.http.proxy.*}
 * trusts, whose {@code X-Forwarded-Proto} then becomes the request's scheme. Over plain HTTP it would be ignored by
 * browsers anyway, and an untrusted client's header must not turn it on.
 */
@Singleton
public class SecurityHeaders {
    static final String CONSOLE = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; manifest-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'; "
            + "frame-ancestors 'none'";
    static final String API = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    static final String SWAGGER_UI = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; "
            + "object-src 'none'; frame-ancestors 'none'";
    /** Before RequestGuard (1,000,000), so that its refusals carry the headers too. */
    static final int PRIORITY = 2_000_000;

    private final String strictTransportSecurity;

    SecurityHeaders(@ConfigProperty(name = "lockvue.http.strict-transport-security") String strictTransportSecurity) {
        this.strictTransportSecurity = strictTransportSecurity;
    }

    void register(@Observes Filters filters) {
        filters.register(this::addHeaders, PRIORITY);
    }

    private void addHeaders(RoutingContext context) {
        boolean overHttps = "https".equalsIgnoreCase(context.request().scheme());
        // Decided when the answer is written: a client-side route is rerouted to /index.html on the way.
        context.addHeadersEndHandler(ended -> {
            HttpServerResponse response = context.response();
            response.headers().set("Content-Security-Policy", policyFor(path(context)));
            if (overHttps) {
                response.headers().set("Strict-Transport-Security", strictTransportSecurity);
            }
        });
        context.next();
    }

    static String policyFor(String path) {
        if (path == null) {
            return API;
        }
        if (path.equals("/q/swagger-ui") || path.startsWith("/q/swagger-ui/")) {
            return SWAGGER_UI;
        }
        if (path.startsWith("/api/") || path.equals("/api") || path.startsWith("/q/")) {
            return API;
        }
        return CONSOLE;
    }

    /** The path as routed (dot segments resolved), or null for one the router cannot decode. */
    private static String path(RoutingContext context) {
        try {
            return context.normalizedPath();
        } catch (IllegalArgumentException undecodable) {
            return null;
        }
    }
}
