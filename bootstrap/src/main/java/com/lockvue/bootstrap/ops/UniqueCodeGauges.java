package com.lockvue.bootstrap.ops;

import com.lockvue.application.port.out.UniqueCodeCensus;
import com.lockvue.application.port.out.UniqueCodeCensus.Counts;
import io.micrometer.core.instrument.Gauge;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Codes by status as gauges. Counting reads the whole table, so a scrape only reads the last count; when that count
 * is older than the interval the scrape asks for a new one in the background (at most one at a time), and the
 * database sees at most one count per interval however often Prometheus scrapes. Until the first count is in, the
 * gauges read NaN (no data), not zero.
 */
@Singleton
@Startup
public class UniqueCodeGauges {
    private static final Logger LOG = Logger.getLogger(UniqueCodeGauges.class);

    private final UniqueCodeCensus census;
    private final Clock clock;
    private final Duration interval;
    private final Executor executor;
    private final AtomicReference<Snapshot> last = new AtomicReference<>();
    private final AtomicBoolean counting = new AtomicBoolean();

    UniqueCodeGauges(UniqueCodeCensus census, Clock clock, ProductMetrics metrics, ManagedExecutor executor,
            @ConfigProperty(name = "lockvue.metrics.unique-codes-interval") Duration interval) {
        this.census = census;
        this.clock = clock;
        this.interval = interval;
        this.executor = executor;
        gauge(metrics, "scheduled", Counts::scheduled);
        gauge(metrics, "active", Counts::active);
        gauge(metrics, "suspended", Counts::suspended);
        gauge(metrics, "exhausted", Counts::exhausted);
        gauge(metrics, "expired", Counts::expired);
        gauge(metrics, "deleted", Counts::deleted);
    }

    private void gauge(ProductMetrics metrics, String status, ToDoubleFunction<Counts> part) {
        Gauge.builder("lockvue.unique.codes", this, gauges -> gauges.read(part))
                .description("Unique Codes by status over all accounts, counted at most once per "
                        + "lockvue.metrics.unique-codes-interval")
                .tag("status", status).register(metrics.registry());
    }

    private double read(ToDoubleFunction<Counts> part) {
        Snapshot snapshot = last.get();
        Instant now = clock.instant();
        if ((snapshot == null || snapshot.takenAt().plus(interval).isBefore(now)) && counting.compareAndSet(false, true)) {
            executor.execute(this::recount);
        }
        return snapshot == null ? Double.NaN : part.applyAsDouble(snapshot.counts());
    }

    private void recount() {
        try {
            Instant now = clock.instant();
            last.set(new Snapshot(now, census.count(now)));
        } catch (RuntimeException e) {
            // The gauges keep the last count; the database's own alerts say why it could not answer.
            LOG.warnf("Could not count Unique Codes for the metrics: %s", e.toString());
        } finally {
            counting.set(false);
        }
    }

    private record Snapshot(Instant takenAt, Counts counts) {
    }
}
