package com.lockvue.application.service;

import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.ManageWebhookEndpointsUseCase;
import com.lockvue.application.port.out.WebhookEndpointRepository;
import com.lockvue.application.port.out.WebhookTargetPolicy;
import com.lockvue.application.port.out.query.WebhookQueries;
import com.lockvue.application.view.WebhookEndpointView;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.InvalidInput;
import com.lockvue.domain.failure.PreconditionFailed;
import com.lockvue.domain.failure.RuleViolation;
import com.lockvue.domain.webhook.WebhookEndpoint;
import com.lockvue.domain.webhook.WebhookEndpointId;
import com.lockvue.domain.webhook.WebhookSecret;
import com.lockvue.domain.webhook.WebhookUrl;
import java.util.random.RandomGenerator;

/**
 * Webhook endpoints, each change audited. Audit notes name the endpoint and its host, never the whole URL: a
 * receiver's URL may carry a token of its own in its query.
 */
public class ManageWebhookEndpointsService implements ManageWebhookEndpointsUseCase {
    /** Enough for a few integrations each with a test endpoint; every endpoint costs a delivery per event. */
    public static final int MAX_ENDPOINTS_PER_ACCOUNT = 10;

    private final WebhookEndpointRepository endpoints;
    private final WebhookQueries views;
    private final WebhookTargetPolicy targets;
    private final AuditedTransactions audited;
    private final RandomGenerator secureRandom;

    public ManageWebhookEndpointsService(WebhookEndpointRepository endpoints, WebhookQueries views,
            WebhookTargetPolicy targets, AuditedTransactions audited, RandomGenerator secureRandom) {
        this.endpoints = endpoints;
        this.views = views;
        this.targets = targets;
        this.audited = audited;
        this.secureRandom = secureRandom;
    }

    @Override
    public EndpointWithSecret create(AccountAdmin admin, CreateWebhookEndpointCommand command) {
        requireAllowed(command.url());
        return audited.success(now -> admin.audit(AuditAction.WEBHOOK_ENDPOINT_CREATED, now), event -> {
            if (endpoints.count(admin.accountId()) >= MAX_ENDPOINTS_PER_ACCOUNT) {
                throw new RuleViolation(FailureCode.WEBHOOK_ENDPOINT_LIMIT,
                        "An account has at most " + MAX_ENDPOINTS_PER_ACCOUNT + " webhook endpoints; delete one first");
            }
            WebhookSecret secret = WebhookSecret.generate(secureRandom);
            WebhookEndpoint endpoint = WebhookEndpoint.create(admin.accountId(), command.url(), command.description(),
                    command.eventTypes(), secret, event.now());
            endpoints.add(endpoint);
            event.note(describe(endpoint));
            return new EndpointWithSecret(WebhookEndpointView.of(endpoint, null), secret.reveal());
        });
    }

    @Override
    public WebhookEndpointView update(AccountAdmin admin, WebhookEndpointId id, UpdateWebhookEndpointCommand command) {
        if (command.url() != null) {
            requireAllowed(command.url());
        }
        return audited.success(now -> admin.audit(AuditAction.WEBHOOK_ENDPOINT_CHANGED, now), event -> {
            WebhookEndpoint endpoint = require(admin, id, command.expectedVersion());
            WebhookEndpointView before = views.endpoint(admin.accountId(), id).orElseThrow();
            if (!endpoint.change(command.url(), command.description(), command.eventTypes(), command.enabled())) {
                event.drop();
                return before;
            }
            endpoints.update(endpoint);
            event.note(describe(endpoint) + " enabled=" + endpoint.enabled());
            return WebhookEndpointView.of(endpoint, before.failingSince()).savedAs(endpoint.version() + 1);
        });
    }

    @Override
    public void delete(AccountAdmin admin, WebhookEndpointId id, Long expectedVersion) {
        audited.success(now -> admin.audit(AuditAction.WEBHOOK_ENDPOINT_DELETED, now), event -> {
            WebhookEndpoint endpoint = require(admin, id, expectedVersion);
            endpoints.remove(id);
            event.note(describe(endpoint));
            return null;
        });
    }

    @Override
    public EndpointWithSecret rotateSecret(AccountAdmin admin, WebhookEndpointId id, Long expectedVersion) {
        return audited.success(now -> admin.audit(AuditAction.WEBHOOK_SECRET_ROTATED, now), event -> {
            WebhookEndpoint endpoint = require(admin, id, expectedVersion);
            WebhookEndpointView before = views.endpoint(admin.accountId(), id).orElseThrow();
            WebhookSecret next = WebhookSecret.generate(secureRandom);
            endpoint.rotateSecret(next, event.now());
            endpoints.update(endpoint);
            event.note(describe(endpoint));
            return new EndpointWithSecret(WebhookEndpointView.of(endpoint, before.failingSince())
                    .savedAs(endpoint.version() + 1), next.reveal());
        });
    }

    private WebhookEndpoint require(AccountAdmin admin, WebhookEndpointId id, Long expectedVersion) {
        WebhookEndpoint endpoint = endpoints.findByIdForUpdate(admin.accountId(), id)
                .orElseThrow(() -> NotFounds.webhookEndpoint(id));
        PreconditionFailed.unlessCurrent(expectedVersion, endpoint.version(), "The webhook endpoint");
        return endpoint;
    }

    private void requireAllowed(WebhookUrl url) {
        targets.refusalOf(url).ifPresent(why -> {
            throw InvalidInput.of("/url", why);
        });
    }

    private static String describe(WebhookEndpoint endpoint) {
        return "endpoint=" + endpoint.id() + " host=" + endpoint.url().host();
    }
}
