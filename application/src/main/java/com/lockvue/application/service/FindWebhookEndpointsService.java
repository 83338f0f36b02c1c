package com.lockvue.application.service;

import com.lockvue.application.page.Page;
import com.lockvue.application.page.PageRequest;
import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.FindWebhookEndpointsQuery;
import com.lockvue.application.port.out.TransactionRunner;
import com.lockvue.application.port.out.query.WebhookQueries;
import com.lockvue.application.view.WebhookDeliveryView;
import com.lockvue.application.view.WebhookEndpointView;
import com.lockvue.domain.webhook.WebhookEndpointId;
import java.util.List;

public class FindWebhookEndpointsService implements FindWebhookEndpointsQuery {
    private final WebhookQueries views;
    private final TransactionRunner tx;

    public FindWebhookEndpointsService(WebhookQueries views, TransactionRunner tx) {
        this.views = views;
        this.tx = tx;
    }

    @Override
    public List<WebhookEndpointView> list(AccountAdmin admin) {
        return tx.inTransaction(() -> views.endpoints(admin.accountId()));
    }

    @Override
    public WebhookEndpointView get(AccountAdmin admin, WebhookEndpointId id) {
        return tx.inTransaction(() -> views.endpoint(admin.accountId(), id)
                .orElseThrow(() -> NotFounds.webhookEndpoint(id)));
    }

    @Override
    public Page<WebhookDeliveryView> deliveries(AccountAdmin admin, WebhookEndpointId id, PageRequest page) {
        return tx.inTransaction(() -> {
            views.endpoint(admin.accountId(), id).orElseThrow(() -> NotFounds.webhookEndpoint(id));
            return views.deliveries(admin.accountId(), id, page);
        });
    }
}
