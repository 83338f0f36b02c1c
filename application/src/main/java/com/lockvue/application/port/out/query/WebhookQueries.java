package com.lockvue.application.port.out.query;

import com.lockvue.application.page.Page;
import com.lockvue.application.page.PageRequest;
import com.lockvue.application.view.WebhookDeliveryView;
import com.lockvue.application.view.WebhookEndpointView;
import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.webhook.WebhookEndpointId;
import java.util.List;
import java.util.Optional;

public interface WebhookQueries {

    /** The account's endpoints, oldest first (an account has few). */
    List<WebhookEndpointView> endpoints(AccountId owner);

    Optional<WebhookEndpointView> endpoint(AccountId owner, WebhookEndpointId id);

    /** The endpoint's deliveries, newest first. */
    Page<WebhookDeliveryView> deliveries(AccountId owner, WebhookEndpointId id, PageRequest page);
}
