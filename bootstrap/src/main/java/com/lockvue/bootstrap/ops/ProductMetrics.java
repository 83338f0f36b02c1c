package com.lockvue.bootstrap.ops;

import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.permission.LockAction;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The product's own meters, named and tagged in one place. Tag values come from closed sets (failure slugs, lock
 * actions, limiter names), never from what a caller sent, so no input can grow the series or leak into them.
 * The series an alert watches exist at zero from the start, so a rate over them is defined before the first event.
 */
@Singleton
@Startup
public class ProductMetrics {
    static final String NONE = "none";
    static final String OTHER = "other";
    private static final Set<String> REASONS = Arrays.stream(FailureCode.values()).map(FailureCode::slug)
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<String> ACTIONS = Arrays.stream(LockAction.values()).map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());

    private final MeterRegistry registry;
    private final Timer signing;

    ProductMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.signing = Timer.builder("lockvue.lock.command.signing")
                .description("Time to sign one lock command (COSE_Sign1, ES256)").register(registry);
        codeLogins("success", NONE);
        codeLogins("failure", FailureCode.INVALID_UNIQUE_CODE.slug());
        codeLogins("failure", FailureCode.TOO_MANY_ATTEMPTS.slug());
        for (LockAction action : LockAction.values()) {
            lockCommands(action.name(), "success", NONE);
        }
        for (Limiter limiter : Limiter.values()) {
            refusals(limiter);
        }
    }

    /** A committed Code Login attempt; {@code reason} is a failure slug, {@link #NONE} for a success. */
    void codeLogin(boolean succeeded, String reason) {
        codeLogins(succeeded ? "success" : "failure", succeeded ? NONE : knownReason(reason)).increment();
    }

    /** A committed lock-command request; the audit line of a refusal does not name the action. */
    void lockCommand(String action, boolean succeeded, String reason) {
        lockCommands(action != null && ACTIONS.contains(action) ? action : "unknown", succeeded ? "success" : "failure",
                succeeded ? NONE : knownReason(reason)).increment();
    }

    void refusal(Limiter limiter) {
        refusals(limiter).increment();
    }

    Timer signing() {
        return signing;
    }

    MeterRegistry registry() {
        return registry;
    }

    private Counter codeLogins(String outcome, String reason) {
        return Counter.builder("lockvue.code.logins").description("Code Login attempts, by outcome and reason")
                .tag("outcome", outcome).tag("reason", reason).register(registry);
    }

    private Counter lockCommands(String action, String outcome, String reason) {
        return Counter.builder("lockvue.lock.commands")
                .description("Lock-command requests, by action, outcome and reason")
                .tag("action", action).tag("outcome", outcome).tag("reason", reason).register(registry);
    }

    private Counter refusals(Limiter limiter) {
        return Counter.builder("lockvue.rate.limit.refusals").description("Attempts refused by a rate limiter")
                .tag("limiter", limiter.tag).register(registry);
    }

    private static String knownReason(String reason) {
        return reason != null && REASONS.contains(reason) ? reason : OTHER;
    }

    /** The rate limiters, known by the prefix of the counter keys the services use. */
    enum Limiter {
        CODE_LOGIN_ADDRESS("code-login:addr:"),
        CODE_LOGIN_DEVICE("code-login:device:"),
        ADMIN_LOGIN_ADDRESS("login:addr:"),
        ADMIN_LOGIN_EMAIL("login:email:"),
        OTHER("");

        final String keyPrefix;
        final String tag;

        Limiter(String keyPrefix) {
            this.keyPrefix = keyPrefix;
            this.tag = name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Limiter ofKey(String key) {
            for (Limiter limiter : values()) {
                if (limiter != OTHER && key.startsWith(limiter.keyPrefix)) {
                    return limiter;
                }
            }
            return OTHER;
        }
    }
}
