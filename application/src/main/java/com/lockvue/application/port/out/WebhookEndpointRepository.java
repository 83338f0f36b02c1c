package com.lockvue.application.port.out;

import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.webhook.WebhookEndpoint;
import com.lockvue.domain.webhook.WebhookEndpointId;
import java.util.Optional;

/** An account's webhook endpoints, secrets included (stored encrypted). */
public interface WebhookEndpointRepository {

    void add(WebhookEndpoint endpoint);

    Optional<WebhookEndpoint> findByIdForUpdate(AccountId owner, WebhookEndpointId id);

    /** For the delivery worker, which acts for no account in particular. */
    Optional<WebhookEndpoint> findById(WebhookEndpointId id);

    /** Saves the endpoint as changed; its version becomes one more than the one it was loaded with. */
    void update(WebhookEndpoint endpoint);

    /** Removes it with its deliveries. */
    void remove(WebhookEndpointId id);

    int count(AccountId owner);
}
