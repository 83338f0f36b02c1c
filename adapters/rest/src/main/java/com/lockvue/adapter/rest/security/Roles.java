package com.lockvue.adapter.rest.security;

/** The two kinds of bearer token; each endpoint accepts only the kinds it names. */
public final class Roles {
    public static final String ACCOUNT_ADMIN = "account-admin";
    public static final String CODE_SESSION = "code-session";

    private Roles() {
    }
}
