package com.lockvue.domain.audit;

import com.lockvue.domain.account.UserId;
import com.lockvue.domain.apikey.ApiKeyId;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import java.util.Objects;

/**
 * Who did something: a user (an owner in a session), one of the account's API keys, a Unique Code session, nobody
 * known yet (a failed code login), or the system itself (a code reaching its expiry).
 */
public record Actor(Type type, String id) {
    public enum Type {
        USER, API_KEY, UNIQUE_CODE, ANONYMOUS, SYSTEM
    }

    public Actor {
        Objects.requireNonNull(type);
    }

    public static Actor user(UserId id) {
        return new Actor(Type.USER, id.toString());
    }

    public static Actor apiKey(ApiKeyId id) {
        return new Actor(Type.API_KEY, id.toString());
    }

    public static Actor uniqueCode(UniqueCodeId id) {
        return new Actor(Type.UNIQUE_CODE, id.toString());
    }

    public static Actor anonymous() {
        return new Actor(Type.ANONYMOUS, null);
    }

    public static Actor system() {
        return new Actor(Type.SYSTEM, null);
    }
}
