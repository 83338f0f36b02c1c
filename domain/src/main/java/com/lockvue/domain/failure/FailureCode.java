package com.lockvue.domain.failure;

/** Stable identifiers of every refusal. Clients match on {@link #slug()}; never rename one. */
public enum FailureCode {
    VALIDATION_FAILED("validation-failed", "The request is not valid"),
    EXPIRY_OUT_OF_RANGE("expiry-out-of-range", "The expiry is outside the allowed range"),
    START_OUT_OF_RANGE("start-out-of-range", "The start is outside the allowed range"),
    PERMISSION_LEVEL_TOO_HIGH("permission-level-too-high", "The permission level is too high for this recipient"),
    ACCOUNT_NOT_FOUND("account-not-found", "Account not found"),
    LOCK_NOT_FOUND("lock-not-found", "Lock not found"),
    UNIQUE_CODE_NOT_FOUND("unique-code-not-found", "Unique Code not found"),
    PERMISSION_NOT_FOUND("permission-not-found", "Permission not found"),
    EMAIL_ALREADY_REGISTERED("email-already-registered", "Email address already registered"),
    LOCK_ALREADY_ACTIVATED("lock-already-activated", "Lock already activated"),
    CODE_BOUND_TO_OTHER_DEVICE("code-bound-to-other-device", "Unique Code is in use on another device"),
    UNIQUE_CODE_EXPIRED("unique-code-expired", "Unique Code has expired"),
    UNIQUE_CODE_NOT_STARTED("unique-code-not-started", "Unique Code has not started yet"),
    UNIQUE_CODE_SUSPENDED("unique-code-suspended", "Unique Code is suspended"),
    UNIQUE_CODE_EXHAUSTED("unique-code-exhausted", "Unique Code has used up its unlocks"),
    OUTSIDE_ACCESS_WINDOW("outside-access-window", "Unique Code is outside its weekly windows"),
    UNIQUE_CODES_DISABLED("unique-codes-disabled", "Unique Codes are disabled for this account"),
    ACTION_NOT_PERMITTED("action-not-permitted", "The permission does not allow this action"),
    INVALID_CREDENTIALS("invalid-credentials", "Email or password is incorrect"),
    INVALID_UNIQUE_CODE("invalid-unique-code", "The Unique Code is not valid"),
    CODE_SESSION_ENDED("code-session-ended", "The code session has ended"),
    SESSION_ENDED("session-ended", "The session has ended"),
    NOT_AUTHENTICATED("not-authenticated", "Not authenticated"),
    TOO_MANY_ATTEMPTS("too-many-attempts", "Too many attempts"),
    PRECONDITION_FAILED("precondition-failed", "The resource has changed since it was read"),
    API_KEY_NOT_FOUND("api-key-not-found", "API key not found"),
    API_KEY_READ_ONLY("api-key-read-only", "This API key may only read"),
    OWNER_SESSION_REQUIRED("owner-session-required", "Only the account owner, logged in, may do this"),
    IDEMPOTENCY_KEY_IN_USE("idempotency-key-in-use", "A request with this idempotency key is still being processed"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "This idempotency key was used for a different request"),
    WEBHOOK_ENDPOINT_NOT_FOUND("webhook-endpoint-not-found", "Webhook endpoint not found"),
    WEBHOOK_DELIVERY_NOT_FOUND("webhook-delivery-not-found", "Webhook delivery not found"),
    WEBHOOK_ENDPOINT_LIMIT("webhook-endpoint-limit", "The account has as many webhook endpoints as it may"),
    WEBHOOK_ENDPOINT_DISABLED("webhook-endpoint-disabled", "The webhook endpoint is disabled");

    private final String slug;
    private final String title;

    FailureCode(String slug, String title) {
        this.slug = slug;
        this.title = title;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }
}
