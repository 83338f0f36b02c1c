package com.lockvue.bootstrap;

import com.lockvue.application.port.in.AnnounceCodeExpiriesUseCase;
import com.lockvue.application.port.in.DeliverWebhooksUseCase;
import com.lockvue.application.port.in.SweepEventsUseCase;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * What every instance does in the background: deliver webhooks (a few workers, each one endpoint at a time), tell
 * passed code expiries, sweep old events. Instances share the work through the database (claims, skipped locks),
 * so any number may run. The test suite turns this off and runs the steps itself, at the instants it chooses.
 */
@ApplicationScoped
public class BackgroundJobs {
    private static final Logger LOG = Logger.getLogger(BackgroundJobs.class);
    /** Endpoints one worker takes in a row before it lets the next tick start over. */
    private static final int ENDPOINTS_PER_RUN = 100;

    @Inject
    DeliverWebhooksUseCase deliveries;
    @Inject
    AnnounceCodeExpiriesUseCase expiries;
    @Inject
    SweepEventsUseCase sweep;
    @ConfigProperty(name = "lockvue.background-jobs.enabled")
    boolean enabled;
    @ConfigProperty(name = "lockvue.webhooks.workers")
    int workers;

    private final AtomicInteger busy = new AtomicInteger();
    private ExecutorService pool;

    @Scheduled(every = "${lockvue.webhooks.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deliverWebhooks() {
        if (!enabled) {
            return;
        }
        while (busy.get() < workers) {
            busy.incrementAndGet();
            pool().execute(this::deliverWhileDue);
        }
    }

    private void deliverWhileDue() {
        try {
            for (int i = 0; i < ENDPOINTS_PER_RUN && deliveries.deliverNext(); i++) {
                // one endpoint per step
            }
        } catch (RuntimeException e) {
            LOG.warnf("Webhook delivery paused until the next tick: %s", e.toString());
        } finally {
            busy.decrementAndGet();
        }
    }

    @Scheduled(every = "5s", delay = 5, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void announceExpiries() {
        if (enabled) {
            try {
                expiries.announceDue(1000);
            } catch (RuntimeException e) {
                LOG.warnf("Expiry announcements paused until the next tick: %s", e.toString());
            }
        }
    }

    @Scheduled(every = "1h", delay = 60, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweepEvents() {
        if (enabled) {
            try {
                int swept = sweep.sweep();
                if (swept > 0) {
                    LOG.infof("Swept %d events past their retention", swept);
                }
            } catch (RuntimeException e) {
                LOG.warnf("Event sweep failed, retried in an hour: %s", e.toString());
            }
        }
    }

    private synchronized ExecutorService pool() {
        if (pool == null) {
            AtomicInteger n = new AtomicInteger();
            pool = Executors.newFixedThreadPool(workers, r -> {
                Thread t = new Thread(r, "webhook-worker-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
        return pool;
    }

    @PreDestroy
    synchronized void stop() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
