package com.lockvue.adapter.rest.security;

/**
 * The kinds of bearer credential: an owner's session token, a code-session token (both JWTs), and an API key
 * ({@code lvk_...}). Each endpoint accepts only the kinds it names.
 */
public final class Roles {
    public static final String ACCOUNT_ADMIN = "account-admin";
    public static final String CODE_SESSION = "code-session";
    public static final String API_KEY = "api-key";

    private Roles() {
    }
}
