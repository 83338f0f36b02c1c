package com.lockvue.application.fakes;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rows of one fake table. Repositories keep private copies of the mutable domain objects, so a change only
 * "reaches the database" through add/update, and a snapshot is a plain copy of the map.
 */
abstract class MapStore<K, V> implements Transactional {
    protected final Map<K, V> rows = new LinkedHashMap<>();

    @Override
    public Runnable snapshot() {
        Map<K, V> copy = new LinkedHashMap<>(rows);
        return () -> {
            rows.clear();
            rows.putAll(copy);
        };
    }

    public int size() {
        return rows.size();
    }
}
