package com.lockvue.adapter.rest.security;

import com.lockvue.domain.apikey.ApiKeySecret;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A presented API key and the address it came from (for the key's last use). */
public final class ApiKeyAuthenticationRequest extends BaseAuthenticationRequest {
    private final ApiKeySecret secret;
    private final String clientAddress;

    ApiKeyAuthenticationRequest(ApiKeySecret secret, String clientAddress) {
        this.secret = secret;
        this.clientAddress = clientAddress;
    }

    ApiKeySecret secret() {
        return secret;
    }

    String clientAddress() {
        return clientAddress;
    }
}
