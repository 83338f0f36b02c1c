package com.lockvue.adapter.rest.security;

import com.lockvue.domain.apikey.ApiKeySecret;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Takes {@code Authorization: Bearer lvk_...} as an API key, before SmallRye JWT sees the header; any other bearer
 * token is left to it. A presented key that is malformed, unknown, revoked or expired is a 401: it never falls
 * through to the JWT check.
 */
@ApplicationScoped
public class ApiKeyAuthenticationMechanism implements HttpAuthenticationMechanism {
    private static final String BEARER = "Bearer ";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String authorization = context.request().getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Uni.createFrom().nullItem();
        }
        String presented = authorization.substring(BEARER.length()).strip();
        if (!ApiKeySecret.looksLikeOne(presented)) {
            return Uni.createFrom().nullItem();
        }
        ApiKeySecret secret = ApiKeySecret.parse(presented).orElse(null);
        if (secret == null) {
            return Uni.createFrom().failure(new AuthenticationFailedException("Not an API key this server issued"));
        }
        var address = context.request().remoteAddress();
        return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(
                new ApiKeyAuthenticationRequest(secret, address == null ? "unknown" : address.hostAddress()), context));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiKeyAuthenticationRequest.class);
    }

    /** Before SmallRye JWT's mechanism, which would refuse a key as a malformed JWT. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 1000;
    }
}
