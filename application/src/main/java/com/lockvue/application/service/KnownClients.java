package com.lockvue.application.service;

import com.lockvue.application.port.out.KnownLoginClients;
import com.lockvue.domain.account.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Which clients an owner has logged in from before: a browser that holds a known-client token from an earlier
 * successful login (OWASP's "device cookie"), or a network (an IPv4 address, an IPv6 /64) used for one recently.
 * Failed logins from such a client are counted for that client alone, so an attacker who only knows the email
 * cannot lock the owner out of the browsers and places they use.
 */
final class KnownClients {
    /** How long a network stays known after its last successful login. */
    static final Duration NETWORK_MEMORY = Duration.ofDays(90);
    /** How long a browser's token stays known after its last successful login (browsers keep cookies 400 days at most). */
    static final Duration TOKEN_MEMORY = Duration.ofDays(400);
    private static final int TOKEN_BYTES = 32;

    private final KnownLoginClients store;
    private final RandomGenerator secureRandom;

    KnownClients(KnownLoginClients store, RandomGenerator secureRandom) {
        this.store = store;
        this.secureRandom = secureRandom;
    }

    /** The key of the known client this attempt comes from, if any: the browser's token first, then the network. */
    Optional<String> recognise(UserId user, String clientAddress, String token, Instant now) {
        if (token != null && !token.isBlank()) {
            String tokenKey = tokenKey(token);
            if (store.isKnown(user, tokenKey, now.minus(TOKEN_MEMORY))) {
                return Optional.of(tokenKey);
            }
        }
        String networkKey = networkKey(clientAddress);
        return store.isKnown(user, networkKey, now.minus(NETWORK_MEMORY)) ? Optional.of(networkKey) : Optional.empty();
    }

    /**
     * Remembers the network and the browser of a successful login; returns the token the browser should keep
     * (the one it presented if that is still known, else a new one).
     */
    String remember(UserId user, String clientAddress, String presented, Instant now) {
        store.remember(user, networkKey(clientAddress), now);
        String token = presented != null && store.isKnown(user, tokenKey(presented), now.minus(TOKEN_MEMORY))
                ? presented : newToken();
        store.remember(user, tokenKey(token), now);
        return token;
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        secureRandom.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String networkKey(String clientAddress) {
        return "net:" + ClientNetwork.keyOf(clientAddress);
    }

    /** Only a hash of the token is ever stored or used as a counter key. */
    private static String tokenKey(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return "token:" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
