package com.lockvue.application.port.in;

import com.lockvue.application.view.WebhookEndpointView;
import com.lockvue.domain.failure.Check;
import com.lockvue.domain.failure.InvalidInput;
import com.lockvue.domain.webhook.EventType;
import com.lockvue.domain.webhook.WebhookEndpoint;
import com.lockvue.domain.webhook.WebhookEndpointId;
import com.lockvue.domain.webhook.WebhookUrl;
import java.util.EnumSet;
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
            String validDescription = check.attempt(() -> validDescription(description));
            Set<EventType> types = check.attempt(() -> validTypes(eventTypes));
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
            String validDescription = description == null ? null : check.attempt(() -> validDescription(description));
            Set<EventType> types = eventTypes == null ? null : check.attempt(() -> validTypes(eventTypes));
            check.orThrow();
            return new UpdateWebhookEndpointCommand(validUrl, validDescription, types, enabled, expectedVersion);
        }
    }

    private static String validDescription(String description) {
        return description == null || description.isBlank() ? ""
                : Check.requireText(description, "/description", 1, WebhookEndpoint.DESCRIPTION_MAX);
    }

    private static Set<EventType> validTypes(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw InvalidInput.of("/eventTypes", "name at least one event type");
        }
        Check check = new Check();
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String field = "/eventTypes/" + i;
            EventType type = check.attempt(() -> EventType.parse(name, field));
            if (type != null && !types.add(type)) {
                check.require(false, field, "is named twice");
            }
        }
        check.orThrow();
        return types;
    }
}
