package com.lockvue.adapter.rest.security;

import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.AuthenticateApiKeyUseCase;
import com.lockvue.domain.failure.NotAuthenticated;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Checks a presented key against the database (on a worker thread) and makes it the request's identity. */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {
    /** The identity's attribute holding the key as the application's caller. */
    static final String CALLER = "lockvue.api-key.caller";

    @Inject
    AuthenticateApiKeyUseCase apiKeys;

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            AccountAdmin caller;
            try {
                caller = apiKeys.authenticate(request.secret(), request.clientAddress());
            } catch (NotAuthenticated refused) {
                throw new AuthenticationFailedException(refused.detail());
            }
            AccountAdmin.Key key = (AccountAdmin.Key) caller.principal();
            return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("api-key:" + key.keyId()))
                    .addRole(Roles.API_KEY).addAttribute(CALLER, caller).build();
        });
    }
}
