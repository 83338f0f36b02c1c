package com.lockvue.bootstrap.ops;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * LOCKVUE_LOG_FORMAT (or -Dlockvue.log.format): {@code text} (the default) or {@code json}, one JSON object per line
 * with the MDC (the request id) as fields. It sits above application.properties, which turns JSON off, and below the
 * environment, so QUARKUS_LOG_CONSOLE_JSON_ENABLED still has the last word.
 */
public class LogFormat implements ConfigSource {
    static final String JSON_ENABLED = "quarkus.log.console.json.enabled";
    private static final int ORDINAL = 275;

    private final Map<String, String> values;

    public LogFormat() {
        this(System.getProperty("lockvue.log.format", System.getenv("LOCKVUE_LOG_FORMAT")));
    }

    LogFormat(String format) {
        String chosen = format == null || format.isBlank() ? "text" : format.strip().toLowerCase(Locale.ROOT);
        values = switch (chosen) {
            case "text" -> Map.of();
            case "json" -> Map.of(JSON_ENABLED, "true");
            default -> throw new IllegalArgumentException("LOCKVUE_LOG_FORMAT must be text or json, not " + format);
        };
    }

    @Override
    public Set<String> getPropertyNames() {
        return values.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return values.get(propertyName);
    }

    @Override
    public String getName() {
        return "lockvue-log-format";
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
