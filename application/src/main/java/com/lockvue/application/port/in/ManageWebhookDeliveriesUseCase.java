package com.lockvue.application.port.in;

import com.lockvue.domain.webhook.WebhookDeliveryId;
import com.lockvue.domain.webhook.WebhookEndpointId;

/** What an owner asks of deliveries: a test event to one endpoint, and one more attempt of a delivery. */
public interface ManageWebhookDeliveriesUseCase {

    /** Queues a {@code webhook.test} event for this endpoint only; it must be enabled. */
    void sendTest(AccountAdmin admin, WebhookEndpointId endpoint);

    /** Queues one more attempt of the delivery, now. */
    void redeliver(AccountAdmin admin, WebhookEndpointId endpoint, WebhookDeliveryId delivery);
}
