package com.lockvue.application.port.out;

import com.lockvue.domain.webhook.WebhookUrl;
import java.util.Optional;

/**
 * Which URLs an owner may point an endpoint at, judged from the URL alone (scheme, a literal address, a name of
 * this host). Deliveries check the resolved addresses again, every time.
 */
public interface WebhookTargetPolicy {
    /** Why this URL is refused, or empty. */
    Optional<String> refusalOf(WebhookUrl url);
}
