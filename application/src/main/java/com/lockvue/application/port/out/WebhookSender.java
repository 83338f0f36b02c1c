package com.lockvue.application.port.out;

import com.lockvue.domain.webhook.WebhookSecret;
import com.lockvue.domain.webhook.WebhookUrl;
import java.time.Instant;
import java.util.List;

/**
 * Makes one signed HTTP delivery (Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature with one
 * signature per secret), to a target that must resolve to a public address, within bounded time, following no
 * redirect. Never throws for what the network or the receiver does: that is the result.
 */
public interface WebhookSender {

    Result send(Request request);

    record Request(WebhookUrl url, String messageId, Instant timestamp, String body, List<WebhookSecret> secrets) {
    }

    /** The receiver's status, or null with the reason no status came (refused target, timeout, connection). */
    record Result(Integer statusCode, String error, long durationMillis) {
        public boolean succeeded() {
            return statusCode != null && statusCode >= 200 && statusCode <= 299;
        }

        /** 410 Gone: the receiver wants no more deliveries. */
        public boolean gone() {
            return statusCode != null && statusCode == 410;
        }
    }
}
