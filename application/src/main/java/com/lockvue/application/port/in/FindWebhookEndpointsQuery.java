package com.lockvue.application.port.in;

import com.lockvue.application.page.Page;
import com.lockvue.application.page.PageRequest;
import com.lockvue.application.view.WebhookDeliveryView;
import com.lockvue.application.view.WebhookEndpointView;
import com.lockvue.domain.webhook.WebhookEndpointId;
import java.util.List;

/** The account's endpoints, one of them (with its version), and its delivery log. */
public interface FindWebhookEndpointsQuery {

    List<WebhookEndpointView> list(AccountAdmin admin);

    WebhookEndpointView get(AccountAdmin admin, WebhookEndpointId id);

    Page<WebhookDeliveryView> deliveries(AccountAdmin admin, WebhookEndpointId id, PageRequest page);
}
