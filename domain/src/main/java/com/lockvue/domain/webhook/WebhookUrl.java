package com.lockvue.domain.webhook;

import com.lockvue.domain.failure.InvalidInput;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where an endpoint receives its deliveries: an absolute http(s) URL with a host, without credentials or a
 * fragment. Whether its host may be reached (no private networks) is decided where it is resolved, at every
 * delivery; this only judges its shape.
 */
public record WebhookUrl(URI uri) {
    public static final int MAX_LENGTH = 2000;

    public static WebhookUrl parse(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            throw InvalidInput.of(field, "is required");
        }
        if (raw.length() > MAX_LENGTH) {
            throw InvalidInput.of(field, "must be at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(raw.strip());
        } catch (URISyntaxException e) {
            throw InvalidInput.of(field, "must be an absolute http or https URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                || uri.getHost().isEmpty()) {
            throw InvalidInput.of(field, "must be an absolute http or https URL with a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw InvalidInput.of(field, "must not carry a user name or password");
        }
        if (uri.getRawFragment() != null) {
            throw InvalidInput.of(field, "must not have a fragment");
        }
        return new WebhookUrl(uri);
    }

    public boolean https() {
        return uri.getScheme().equalsIgnoreCase("https");
    }

    /** The host as written, without IPv6 brackets. */
    public String host() {
        String host = uri.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    public int port() {
        return uri.getPort() != -1 ? uri.getPort() : https() ? 443 : 80;
    }

    /** Path and query as sent in the request line. */
    public String pathAndQuery() {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
