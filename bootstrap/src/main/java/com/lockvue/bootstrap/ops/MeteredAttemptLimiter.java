package com.lockvue.bootstrap.ops;

import com.lockvue.application.port.out.AttemptLimiter;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts refusals per limiter. The limiter is known by its key's prefix; the rest of the key (an address, a device,
 * an email) never reaches the metrics.
 */
@Decorator
@Priority(10)
public class MeteredAttemptLimiter implements AttemptLimiter {
    private final AttemptLimiter delegate;
    private final ProductMetrics metrics;

    @Inject
    MeteredAttemptLimiter(@Delegate AttemptLimiter delegate, ProductMetrics metrics) {
        this.delegate = delegate;
        this.metrics = metrics;
    }

    @Override
    public Decision register(String key, int limit, Duration window, Instant now) {
        Decision decision = delegate.register(key, limit, window, now);
        if (!decision.allowed()) {
            metrics.refusal(ProductMetrics.Limiter.ofKey(key));
        }
        return decision;
    }

    /** Passed on whole, so the limiter counts both in its one statement (the interface's default would not). */
    @Override
    public Decision[] registerBoth(String first, int firstLimit, String second, int secondLimit, Duration window,
            Instant now) {
        Decision[] decisions = delegate.registerBoth(first, firstLimit, second, secondLimit, window, now);
        if (!decisions[0].allowed()) {
            metrics.refusal(ProductMetrics.Limiter.ofKey(first));
        } else if (!decisions[1].allowed()) {
            metrics.refusal(ProductMetrics.Limiter.ofKey(second));
        }
        return decisions;
    }

    @Override
    public void forgive(String key, Duration window, Instant now) {
        delegate.forgive(key, window, now);
    }

    @Override
    public Optional<Instant> blockedUntil(String key, int limit, Duration window, Instant now) {
        return delegate.blockedUntil(key, limit, window, now);
    }
}
