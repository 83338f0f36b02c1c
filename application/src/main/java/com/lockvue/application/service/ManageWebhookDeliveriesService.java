package com.lockvue.application.service;

import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.ManageWebhookDeliveriesUseCase;
import com.lockvue.application.port.out.WebhookDeliveries;
import com.lockvue.application.port.out.WebhookEndpointRepository;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.failure.Conflict;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.webhook.WebhookDeliveryId;
import com.lockvue.domain.webhook.WebhookEndpoint;
import com.lockvue.domain.webhook.WebhookEndpointId;

public class ManageWebhookDeliveriesService implements ManageWebhookDeliveriesUseCase {
    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveries deliveries;
    private final AuditedTransactions audited;

    public ManageWebhookDeliveriesService(WebhookEndpointRepository endpoints, WebhookDeliveries deliveries,
            AuditedTransactions audited) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.audited = audited;
    }

    /** The test event is made from this use case's own audit event, so it goes through the outbox like any other. */
    @Override
    public void sendTest(AccountAdmin admin, WebhookEndpointId id) {
        audited.success(now -> admin.audit(AuditAction.WEBHOOK_TEST_SENT, now), event -> {
            WebhookEndpoint endpoint = endpoints.findByIdForUpdate(admin.accountId(), id)
                    .orElseThrow(() -> NotFounds.webhookEndpoint(id));
            if (!endpoint.enabled()) {
                throw new Conflict(FailureCode.WEBHOOK_ENDPOINT_DISABLED,
                        "The endpoint is disabled; enable it to send it a test event");
            }
            event.note("endpoint=" + id);
            event.facts().testEndpoint(id);
            return null;
        });
    }

    @Override
    public void redeliver(AccountAdmin admin, WebhookEndpointId endpoint, WebhookDeliveryId delivery) {
        audited.success(now -> admin.audit(AuditAction.WEBHOOK_REDELIVERY_REQUESTED, now), event -> {
            endpoints.findByIdForUpdate(admin.accountId(), endpoint).orElseThrow(() -> NotFounds.webhookEndpoint(endpoint));
            if (!deliveries.redeliver(admin.accountId(), endpoint, delivery, event.now())) {
                throw NotFounds.webhookDelivery(delivery);
            }
            event.note("endpoint=" + endpoint + " delivery=" + delivery);
            return null;
        });
    }
}
