package com.lockvue.bootstrap;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.event.Observes;
import java.io.InputStream;
import java.util.Set;

/**
 * Lets the console's client-side routes (/unique-codes, /app, ...) load directly: a GET for an HTML page that is
 * neither the API, Quarkus' own endpoints nor a static file is answered with the SPA's index.html.
 */
public class SinglePageApp {
    private static final Set<String> SERVER_PREFIXES = Set.of("/api/", "/q/", "/assets/");

    void registerFallback(@Observes Filters filters) {
        boolean packaged = hasIndex();
        filters.register(ctx -> {
            String path = ctx.normalizedPath();
            boolean pageRequest = ctx.request().method() == HttpMethod.GET
                    && SERVER_PREFIXES.stream().noneMatch(path::startsWith)
                    && !path.equals("/api") && !path.contains(".")
                    && !path.equals("/")
                    && String.valueOf(ctx.request().getHeader("Accept")).contains("text/html");
            if (packaged && pageRequest) {
                ctx.reroute("/index.html");
            } else {
                ctx.next();
            }
        }, 100);
    }

    private static boolean hasIndex() {
        try (InputStream index = SinglePageApp.class.getResourceAsStream("/META-INF/resources/index.html")) {
            return index != null;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
