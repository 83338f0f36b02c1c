package com.lockvue.adapter.rest.security;

import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.CodeSession;
import com.lockvue.application.port.in.OwnerSessionUseCase;
import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.account.OwnerSessionId;
import com.lockvue.domain.account.UserId;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.NotAuthenticated;
import com.lockvue.domain.uniquecode.DeviceId;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: turns the verified credential and the connection into the application's caller types. An owner's
 * token is only as good as its session: {@link #admin()} checks that the session is still going (not logged out,
 * not ended by a password change), once per request; an API key was checked when it was authenticated
 * ({@link ApiKeyIdentityProvider}), also once per request.
 */
@RequestScoped
public class Callers {
    @Inject
    JsonWebToken jwt;

    @Inject
    SecurityIdentity identity;

    @Inject
    HttpServerRequest request;

    @Inject
    OwnerSessionUseCase ownerSessions;

    private AccountAdmin admin;

    /** The owner in a session, or an API key: whoever acts on the account. */
    public AccountAdmin admin() {
        if (admin == null && identity.hasRole(Roles.API_KEY)) {
            admin = identity.getAttribute(ApiKeyIdentityProvider.CALLER);
        }
        if (admin == null) {
            requireGroup(Roles.ACCOUNT_ADMIN);
            AccountAdmin caller = new AccountAdmin(new UserId(uuid(jwt.getSubject())),
                    new AccountId(uuid(jwt.getClaim(TokenIssuer.ACCOUNT_CLAIM))),
                    new OwnerSessionId(uuid(jwt.getClaim(TokenIssuer.SESSION_CLAIM))), clientAddress());
            ownerSessions.requireActive(caller);
            admin = caller;
        }
        return admin;
    }

    public CodeSession codeSession() {
        requireGroup(Roles.CODE_SESSION);
        return new CodeSession(new UniqueCodeId(uuid(jwt.getSubject())),
                new AccountId(uuid(jwt.getClaim(TokenIssuer.ACCOUNT_CLAIM))),
                new DeviceId(jwt.getClaim(TokenIssuer.DEVICE_CLAIM)), clientAddress());
    }

    public boolean isCodeSession() {
        return identity.hasRole(Roles.CODE_SESSION);
    }

    /**
     * Who this authenticated caller is, for idempotency keys: the account whose keys they share (its scope), and the
     * caller within it (the user, whichever session; the API key; the code on its device).
     */
    public Identity identity() {
        if (isCodeSession()) {
            CodeSession session = codeSession();
            return new Identity("account:" + session.accountId(),
                    "code:" + session.uniqueCodeId() + ":" + session.deviceId().value());
        }
        AccountAdmin caller = admin();
        return new Identity("account:" + caller.accountId(), caller.callerKey());
    }

    public record Identity(String scope, String caller) {
    }

    /**
     * The peer address, or the forwarded client address when quarkus.http.proxy settings say the proxy in front
     * is trusted (Vert.x then reports that address here).
     */
    public String clientAddress() {
        var address = request.remoteAddress();
        return address == null ? "unknown" : address.hostAddress();
    }

    /** Whether the request came over HTTPS (directly, or as a trusted proxy says). */
    public boolean overHttps() {
        return "https".equalsIgnoreCase(request.scheme());
    }

    private void requireGroup(String group) {
        if (jwt.getGroups() == null || !jwt.getGroups().contains(group)) {
            throw new NotAuthenticated(FailureCode.NOT_AUTHENTICATED, "This token cannot be used here");
        }
    }

    private static UUID uuid(Object claim) {
        try {
            return UUID.fromString(String.valueOf(claim));
        } catch (IllegalArgumentException e) {
            throw new NotAuthenticated(FailureCode.NOT_AUTHENTICATED, "The token is not valid");
        }
    }
}
