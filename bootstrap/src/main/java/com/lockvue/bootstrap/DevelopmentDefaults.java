package com.lockvue.bootstrap;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The values LockVueMain settles before Quarkus starts (the embedded database's URL, development secrets), at a
 * priority below every configuration file and the environment, so that anything configured for real wins.
 */
public class DevelopmentDefaults implements ConfigSource {
    /** Below application.properties (250), config/application.properties (260), .env (295), env (300). */
    static final int ORDINAL = 150;
    private static final Map<String, String> VALUES = new ConcurrentHashMap<>();

    static void put(String key, String value) {
        VALUES.put(key, value);
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.copyOf(VALUES.keySet());
    }

    @Override
    public String getValue(String propertyName) {
        return VALUES.get(propertyName);
    }

    @Override
    public String getName() {
        return "lockvue-development-defaults";
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
