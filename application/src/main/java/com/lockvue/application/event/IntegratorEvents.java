package com.lockvue.application.event;

import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.audit.AuditOutcome;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.webhook.EventType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one home of "what happened" to "what integrators are told": which audit event (with the facts its use case
 * gathered) makes which integrator event, and that event's JSON. It is called for every audit event a use case
 * records, in the same transaction, so an event is written exactly when its change commits. Each type has one
 * shape, published in openapi.yaml; every field of a type is always present (null where the contract allows).
 *
 * <p>Nothing here ever holds a secret: no code value, token, password or webhook secret is among the facts.
 * Attempts not tied to an account (an unknown code) make no event: there is nobody to tell.
 */
public final class IntegratorEvents {
    private IntegratorEvents() {
    }

    /** The integrator event of {@code audit}, if it makes one; {@code refusal} is its failure's code. */
    public static Optional<IntegratorEvent> of(AuditEvent audit, EventFacts facts, FailureCode refusal) {
        if (audit.accountId() == null) {
            return Optional.empty();
        }
        boolean success = audit.outcome() == AuditOutcome.SUCCESS;
        Shape shape = new Shape(audit, facts);
        return Optional.ofNullable(switch (audit.action()) {
            case UNIQUE_CODE_CREATED -> shape.type(EventType.UNIQUE_CODE_CREATED)
                    .put("uniqueCodeId", shape.code()).put("description", () -> facts.code.description())
                    .put("createdAt", () -> facts.code.createdAt().toString())
                    .put("expiresAt", () -> facts.code.expiresAt().toString());
            case UNIQUE_CODE_CHANGED, UNIQUE_CODE_SUSPENDED, UNIQUE_CODE_RESUMED -> shape.type(EventType.UNIQUE_CODE_UPDATED)
                    .put("uniqueCodeId", shape.code()).put("change", () -> switch (audit.action()) {
                        case UNIQUE_CODE_SUSPENDED -> "SUSPENDED";
                        case UNIQUE_CODE_RESUMED -> "RESUMED";
                        default -> "TERMS";
                    }).put("description", () -> facts.code.terms().description())
                    .put("startsAt", () -> facts.code.terms().startsAt().toString())
                    .put("expiresAt", () -> facts.code.terms().expiresAt().toString())
                    .put("maxUnlocks", () -> nullable(facts.code.terms().limits().maxUnlocks()))
                    .put("suspended", () -> facts.code.suspendedAt().isPresent());
            case UNIQUE_CODE_DELETED -> shape.type(EventType.UNIQUE_CODE_DELETED).put("uniqueCodeId", shape.code());
            case UNIQUE_CODE_EXHAUSTED -> shape.type(EventType.UNIQUE_CODE_EXHAUSTED)
                    .put("uniqueCodeId", shape.code()).put("description", () -> facts.code.terms().description())
                    .put("unlocksUsed", () -> facts.code.usage().unlocksUsed())
                    .put("maxUnlocks", () -> facts.code.terms().limits().maxUnlocks());
            case UNIQUE_CODE_EXPIRED -> shape.type(EventType.UNIQUE_CODE_EXPIRED)
                    .put("uniqueCodeId", shape.code()).put("description", () -> facts.code.description())
                    .put("expiresAt", () -> facts.code.effectiveExpiry().toString());
            case PERMISSION_GRANTED -> shape.type(EventType.PERMISSION_GRANTED).permission()
                    .put("level", () -> facts.level.name());
            case PERMISSION_CHANGED -> shape.type(EventType.PERMISSION_CHANGED).permission()
                    .put("level", () -> facts.level.name()).put("previousLevel", () -> facts.previousLevel.name());
            case PERMISSION_REVOKED -> shape.type(EventType.PERMISSION_REVOKED).permission()
                    .put("level", () -> facts.level.name()).put("cause", () -> facts.cause);
            case DEVICE_RELEASED -> shape.type(EventType.DEVICE_RELEASED)
                    .put("uniqueCodeId", shape.code()).put("deviceId", () -> facts.device.value());
            case CODE_LOGIN -> (success ? shape.type(EventType.CODE_LOGIN_SUCCEEDED)
                    : shape.type(EventType.CODE_LOGIN_REFUSED).refusedWith(refusal))
                    .put("uniqueCodeId", shape.code()).put("deviceId", () -> facts.device.value());
            case LOCK_COMMAND_ISSUED -> success
                    ? shape.type(EventType.LOCK_COMMAND_ISSUED).put("lockId", shape.lock())
                            .put("uniqueCodeId", shape.optionalCode()).put("commandId", () -> facts.commandId.toString())
                            .put("action", () -> facts.action.name()).put("level", () -> facts.level.name())
                    : shape.type(EventType.LOCK_COMMAND_REFUSED).put("lockId", shape.lock())
                            .put("uniqueCodeId", shape.optionalCode()).put("action", () -> facts.action.name())
                            .refusedWith(refusal);
            case SETTINGS_CHANGED -> shape.type(EventType.SETTINGS_CHANGED)
                    .put("uniqueCodesEnabled", () -> facts.settings.uniqueCodesEnabled())
                    .put("timeZone", () -> facts.settings.timeZone().getId());
            case WEBHOOK_TEST_SENT -> shape.type(EventType.WEBHOOK_TEST).onlyTo()
                    .put("endpointId", () -> facts.testEndpoint.toString());
            default -> null;
        }).map(Shape::event);
    }

    /** An event being shaped: its envelope, then its data in the order the contract lists the fields. */
    private static final class Shape {
        private final AuditEvent audit;
        private final EventFacts facts;
        private final Map<String, Object> data = new LinkedHashMap<>();
        private EventType type;
        private boolean onlyTo;

        Shape(AuditEvent audit, EventFacts facts) {
            this.audit = audit;
            this.facts = facts;
        }

        Shape type(EventType value) {
            this.type = value;
            return this;
        }

        Shape onlyTo() {
            this.onlyTo = true;
            return this;
        }

        /** Puts a fact the type needs; a missing one is a bug in the use case, not something to send half-made. */
        Shape put(String field, Supplier<Object> value) {
            Object v;
            try {
                v = value.get();
            } catch (NullPointerException missing) {
                throw new IllegalStateException("a " + type.wireName() + " event needs " + field + ", which "
                        + audit.action() + " did not provide");
            }
            if (v == null) {
                throw new IllegalStateException("a " + type.wireName() + " event needs " + field);
            }
            data.put(field, v);
            return this;
        }

        Shape permission() {
            return put("permissionId", () -> audit.permissionId().value().toString()).put("lockId", lock())
                    .put("uniqueCodeId", code());
        }

        Shape refusedWith(FailureCode refusal) {
            return put("reason", () -> refusal.slug());
        }

        Supplier<Object> code() {
            return () -> audit.uniqueCodeId().value().toString();
        }

        Supplier<Object> lock() {
            return () -> audit.lockId().value().toString();
        }

        /** A code session's command names its code; an owner's names none. */
        Supplier<Object> optionalCode() {
            return () -> audit.uniqueCodeId() == null ? NULL : audit.uniqueCodeId().value().toString();
        }

        IntegratorEvent event() {
            data.replaceAll((k, v) -> v == NULL ? null : v);
            Map<String, Object> actor = new LinkedHashMap<>();
            actor.put("type", audit.actor().type().name());
            actor.put("id", audit.actor().id());
            Map<String, Object> envelope = new LinkedHashMap<>();
            envelope.put("id", audit.id().toString());
            envelope.put("type", type.wireName());
            envelope.put("timestamp", audit.occurredAt().toString());
            envelope.put("accountId", audit.accountId().value().toString());
            envelope.put("actor", actor);
            envelope.put("data", data);
            return new IntegratorEvent(audit.id(), audit.accountId(), type, audit.occurredAt(),
                    onlyTo ? facts.testEndpoint : null, EventJson.write(envelope));
        }
    }

    /** Stands for a JSON null while the data is built (null itself means "missing"). */
    private static final Object NULL = new Object();

    private static Object nullable(Object value) {
        return value == null ? NULL : value;
    }
}
