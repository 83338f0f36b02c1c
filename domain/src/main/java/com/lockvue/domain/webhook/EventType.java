package com.lockvue.domain.webhook;

import com.lockvue.domain.failure.Check;
import com.lockvue.domain.failure.InvalidInput;
import java.util.EnumSet;
import java.util.Set;
import java.util.Arrays;
import java.util.List;

/**
 * The kinds of event integrators receive (webhooks and the events feed), by their wire name. One JSON shape per
 * type, published in the contract; a name is never renamed or reused.
 */
public enum EventType {
    UNIQUE_CODE_CREATED("unique_code.created"),
    UNIQUE_CODE_UPDATED("unique_code.updated"),
    UNIQUE_CODE_DELETED("unique_code.deleted"),
    UNIQUE_CODE_EXPIRED("unique_code.expired"),
    UNIQUE_CODE_EXHAUSTED("unique_code.exhausted"),
    PERMISSION_GRANTED("permission.granted"),
    PERMISSION_CHANGED("permission.changed"),
    PERMISSION_REVOKED("permission.revoked"),
    DEVICE_RELEASED("device.released"),
    CODE_LOGIN_SUCCEEDED("code_login.succeeded"),
    CODE_LOGIN_REFUSED("code_login.refused"),
    LOCK_COMMAND_ISSUED("lock_command.issued"),
    LOCK_COMMAND_REFUSED("lock_command.refused"),
    SETTINGS_CHANGED("settings.changed"),
    /** Sent to one endpoint when its owner asks for a test; never in the feed, never subscribed to. */
    WEBHOOK_TEST("webhook.test");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The types an endpoint may subscribe to: all but the test event, which goes to whoever asks for it. */
    public static List<EventType> subscribable() {
        return Arrays.stream(values()).filter(t -> t != WEBHOOK_TEST).toList();
    }

    public static EventType parse(String wireName, String field) {
        for (EventType type : subscribable()) {
            if (type.wireName.equals(wireName)) {
                return type;
            }
        }
        throw InvalidInput.of(field, "is not an event type one can subscribe to");
    }

    /** Event types named by wire name, each at most once, at least one; every bad name reported. */
    public static Set<EventType> parseAll(List<String> names, String field) {
        if (names == null || names.isEmpty()) {
            throw InvalidInput.of(field, "name at least one event type");
        }
        Check check = new Check();
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String at = field + "/" + i;
            EventType type = check.attempt(() -> parse(name, at));
            if (type != null && !types.add(type)) {
                check.require(false, at, "is named twice");
            }
        }
        check.orThrow();
        return types;
    }

    public static EventType ofWireName(String wireName) {
        for (EventType type : values()) {
            if (type.wireName.equals(wireName)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown event type " + wireName);
    }
}
