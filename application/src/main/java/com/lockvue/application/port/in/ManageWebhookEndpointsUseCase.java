package com.lockvue.application.port.in;

import com.lockvue.application.view.WebhookEndpointView;
import com.lockvue.domain.failure.Check;
import com.lockvue.domain.failure.InvalidInput;
import com.lockvue.domain.webhook.EventType;
import com.lockvue.domain.webhook.WebhookEndpoint;
import com.lockvue.domain.webhook.WebhookEndpointId;
import com.lockvue.domain.webhook.WebhookUrl;
import java.util.List;
import java.util.Set;

/**
 * Webhook endpoints: create (the secret is shown in the answer, once), change (URL, event types, description,
 * enabled), delete, rotate the secret (the new one shown once). Changes name the version they are based on, or none.
 */
public interface ManageWebhookEndpointsUseCase {

    EndpointWithSecret create(AccountAdmin admin, CreateWebhookEndpointCommand command);

    WebhookEndpointView update(AccountAdmin admin, WebhookEndpointId id, UpdateWebhookEndpointCommand command);

    void delete(AccountAdmin admin, WebhookEndpointId id, Long expectedVersion);

    EndpointWithSecret rotateSecret(AccountAdmin admin, WebhookEndpointId id, Long expectedVersion);

    /** An endpoint and its new secret ({@code whsec_...}): the only time the secret is shown. */
    record EndpointWithSecret(WebhookEndpointView endpoint, String secret) {
    }

    record CreateWebhookEndpointCommand(WebhookUrl url, String description, Set<EventType> eventTypes) {
        public static CreateWebhookEndpointCommand of(String url, String description, List<String> eventTypes) {
            Check check = new Check();
            WebhookUrl validUrl = check.attempt(() -> WebhookUrl.parse(url, "/url"));
            String validDescription = check.attempt(() -> WebhookEndpoint.validDescription(description));
            Set<EventType> types = check.attempt(() -> EventType.parseAll(eventTypes, "/eventTypes"));
            check.orThrow();
            return new CreateWebhookEndpointCommand(validUrl, validDescription, types);
        }
    }

    /** Null fields stay as they are; at least one is given. A null {@code expectedVersion} sets no condition. */
    record UpdateWebhookEndpointCommand(WebhookUrl url, String description, Set<EventType> eventTypes, Boolean enabled,
            Long expectedVersion) {
        public UpdateWebhookEndpointCommand {
            if (url == null && description == null && eventTypes == null && enabled == null) {
                throw InvalidInput.of("/", "name at least one field to change");
            }
        }

        public static UpdateWebhookEndpointCommand of(String url, String description, List<String> eventTypes,
                Boolean enabled, Long expectedVersion) {
            Check check = new Check();
            WebhookUrl validUrl = url == null ? null : check.attempt(() -> WebhookUrl.parse(url, "/url"));
            String validDescription = description == null ? null : check.attempt(() -> WebhookEndpoint.validDescription(description));
            Set<EventType> types = eventTypes == null ? null : check.attempt(() -> EventType.parseAll(eventTypes, "/eventTypes"));
            check.orThrow();
            return new UpdateWebhookEndpointCommand(validUrl, validDescription, types, enabled, expectedVersion);
        }
    }
}
