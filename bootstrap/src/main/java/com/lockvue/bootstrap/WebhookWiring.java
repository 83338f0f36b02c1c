package com.lockvue.bootstrap;

import com.lockvue.adapter.webhook.Network;
import com.lockvue.adapter.webhook.TargetGuard;
import com.lockvue.adapter.webhook.VertxWebhookSender;
import com.lockvue.application.port.in.AnnounceCodeExpiriesUseCase;
import com.lockvue.application.port.in.DeliverWebhooksUseCase;
import com.lockvue.application.port.in.FindEventsQuery;
import com.lockvue.application.port.in.FindWebhookEndpointsQuery;
import com.lockvue.application.port.in.ManageWebhookDeliveriesUseCase;
import com.lockvue.application.port.in.ManageWebhookEndpointsUseCase;
import com.lockvue.application.port.in.SweepEventsUseCase;
import com.lockvue.application.port.out.CodeExpiries;
import com.lockvue.application.port.out.EventOutbox;
import com.lockvue.application.port.out.TransactionRunner;
import com.lockvue.application.port.out.WebhookDeliveries;
import com.lockvue.application.port.out.WebhookEndpointRepository;
import com.lockvue.application.port.out.WebhookSender;
import com.lockvue.application.port.out.query.EventFeed;
import com.lockvue.application.port.out.query.WebhookQueries;
import com.lockvue.application.service.AnnounceCodeExpiriesService;
import com.lockvue.application.service.AuditedTransactions;
import com.lockvue.application.service.DeliverWebhooksService;
import com.lockvue.application.service.FindEventsService;
import com.lockvue.application.service.FindWebhookEndpointsService;
import com.lockvue.application.service.ManageWebhookDeliveriesService;
import com.lockvue.application.service.ManageWebhookEndpointsService;
import com.lockvue.application.service.SweepEventsService;
import com.lockvue.domain.webhook.RetrySchedule;
import io.vertx.core.Vertx;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Webhooks and the events feed: the SSRF guard, the HTTP sender, the retry schedule and their use cases. */
public class WebhookWiring {

    @Produces
    @Singleton
    TargetGuard targetGuard(@ConfigProperty(name = "lockvue.webhooks.allowed-networks") Optional<List<String>> allowed,
            @ConfigProperty(name = "lockvue.webhooks.require-https") boolean requireHttps) {
        return new TargetGuard(allowed.orElse(List.of()).stream().filter(s -> !s.isBlank()).map(Network::parse).toList(),
                requireHttps);
    }

    @Produces
    @Singleton
    VertxWebhookSender sender(Vertx vertx, TargetGuard guard,
            @ConfigProperty(name = "lockvue.webhooks.connect-timeout") Duration connectTimeout,
            @ConfigProperty(name = "lockvue.webhooks.response-timeout") Duration responseTimeout) {
        return new VertxWebhookSender(vertx, guard, connectTimeout, responseTimeout);
    }

    void closeSender(@Disposes VertxWebhookSender sender) {
        sender.close();
    }

    @Produces
    @Singleton
    RetrySchedule retrySchedule(@ConfigProperty(name = "lockvue.webhooks.retry-schedule") List<Duration> delays) {
        return new RetrySchedule(delays);
    }

    @Produces
    @Singleton
    ManageWebhookEndpointsUseCase manageEndpoints(WebhookEndpointRepository endpoints, WebhookQueries views,
            TargetGuard targets, AuditedTransactions audited, @Named("secureRandom") SecureRandom random) {
        return new ManageWebhookEndpointsService(endpoints, views, targets, audited, random);
    }

    @Produces
    @Singleton
    FindWebhookEndpointsQuery findEndpoints(WebhookQueries views, TransactionRunner tx) {
        return new FindWebhookEndpointsService(views, tx);
    }

    @Produces
    @Singleton
    ManageWebhookDeliveriesUseCase manageDeliveries(WebhookEndpointRepository endpoints, WebhookDeliveries deliveries,
            AuditedTransactions audited) {
        return new ManageWebhookDeliveriesService(endpoints, deliveries, audited);
    }

    @Produces
    @Singleton
    DeliverWebhooksUseCase deliver(WebhookDeliveries deliveries, WebhookEndpointRepository endpoints,
            VertxWebhookSender sender, RetrySchedule schedule,
            @ConfigProperty(name = "lockvue.webhooks.connect-timeout") Duration connectTimeout,
            @ConfigProperty(name = "lockvue.webhooks.response-timeout") Duration responseTimeout, TransactionRunner tx,
            Clock clock) {
        WebhookSender port = sender;
        return new DeliverWebhooksService(deliveries, endpoints, port, schedule, connectTimeout.plus(responseTimeout), tx,
                clock);
    }

    @Produces
    @Singleton
    AnnounceCodeExpiriesUseCase announceExpiries(CodeExpiries expiries, AuditedTransactions audited) {
        return new AnnounceCodeExpiriesService(expiries, audited);
    }

    @Produces
    @Singleton
    FindEventsQuery findEvents(EventFeed feed, TransactionRunner tx) {
        return new FindEventsService(feed, tx);
    }

    @Produces
    @Singleton
    SweepEventsUseCase sweepEvents(EventOutbox outbox, @ConfigProperty(name = "lockvue.events.retention") Duration retention,
            TransactionRunner tx, Clock clock) {
        return new SweepEventsService(outbox, retention, tx, clock);
    }
}
