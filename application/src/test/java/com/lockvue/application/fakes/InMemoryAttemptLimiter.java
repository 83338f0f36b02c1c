package com.lockvue.application.fakes;

import com.lockvue.application.port.out.AttemptLimiter;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Fixed windows that start at a key's first attempt; the attempt over the limit is refused until the window ends. */
public final class InMemoryAttemptLimiter implements AttemptLimiter, Transactional {
    private record Window(Instant start, int count) {
    }

    private final Map<String, Window> windows = new HashMap<>();

    @Override
    public Decision register(String key, int limit, Duration window, Instant now) {
        Window current = windows.get(key);
        if (current == null || !now.isBefore(current.start().plus(window))) {
            current = new Window(now, 0);
        }
        current = new Window(current.start(), current.count() + 1);
        windows.put(key, current);
        Duration left = Duration.between(now, current.start().plus(window));
        Decision.Count count = new Decision.Count(limit, window, current.count(), left);
        if (current.count() <= limit) {
            return new Decision(true, Duration.ZERO, false, count);
        }
        return new Decision(false, left, current.count() == limit + 1, count);
    }

    @Override
    public void forgive(String key, Duration window, Instant now) {
        Window current = windows.get(key);
        if (current != null && now.isBefore(current.start().plus(window)) && current.count() > 0) {
            windows.put(key, new Window(current.start(), current.count() - 1));
        }
    }

    @Override
    public java.util.Optional<Instant> blockedUntil(String key, int limit, Duration window, Instant now) {
        Window current = windows.get(key);
        if (current == null || !now.isBefore(current.start().plus(window)) || current.count() < limit) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(current.start().plus(window));
    }

    /** Attempts counted for {@code key} in its current window. */
    public int attempts(String key) {
        Window window = windows.get(key);
        return window == null ? 0 : window.count();
    }

    @Override
    public Runnable snapshot() {
        Map<String, Window> copy = new HashMap<>(windows);
        return () -> {
            windows.clear();
            windows.putAll(copy);
        };
    }
}
