package com.lockvue.adapter.rest.security;

import com.lockvue.application.port.in.CodeSession;
import com.lockvue.domain.account.User;
import com.lockvue.domain.uniquecode.UniqueCode;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Mints the ES256 JWTs of admin and code sessions (keys and algorithm come from SmallRye JWT configuration). */
@ApplicationScoped
public class TokenIssuer {
    static final String ACCOUNT_CLAIM = "acct";
    static final String DEVICE_CLAIM = "dev";

    private final String issuer;
    private final Duration adminTtl;
    private final Duration codeSessionTtl;

    public TokenIssuer(@ConfigProperty(name = "mp.jwt.verify.issuer") String issuer,
            @ConfigProperty(name = "lockvue.auth.admin-token-ttl", defaultValue = "PT8H") Duration adminTtl,
            @ConfigProperty(name = "lockvue.auth.code-session-token-ttl", defaultValue = "PT12H") Duration codeSessionTtl) {
        this.issuer = issuer;
        this.adminTtl = adminTtl;
        this.codeSessionTtl = codeSessionTtl;
    }

    public IssuedToken forAdmin(User user) {
        // Token lifetimes are wall-clock time, as the JWT verifier checks them against the system clock.
        Instant expiresAt = Instant.now().plus(adminTtl);
        String token = Jwt.issuer(issuer).subject(user.id().toString()).claim(ACCOUNT_CLAIM, user.accountId().toString())
                .groups(Set.of(Roles.ACCOUNT_ADMIN)).expiresAt(expiresAt).sign();
        return new IssuedToken(token, expiresAt);
    }

    /**
     * A code-session token never outlives the code. It is only a key to the session: every request checks the
     * code again, so deleting or revoking does not wait for the token to expire.
     */
    public IssuedToken forCodeSession(CodeSession session, UniqueCode code, Clock domainClock) {
        // JWT times are whole seconds of wall-clock time: round down so the token never outlives the code.
        Instant now = Instant.now();
        Duration untilCodeExpiry = Duration.between(domainClock.instant(), code.expiresAt());
        Duration ttl = untilCodeExpiry.compareTo(codeSessionTtl) < 0 ? untilCodeExpiry : codeSessionTtl;
        Instant expiresAt = now.plus(ttl.isNegative() ? Duration.ZERO : ttl).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String token = Jwt.issuer(issuer).subject(session.uniqueCodeId().toString())
                .claim(ACCOUNT_CLAIM, session.accountId().toString())
                .claim(DEVICE_CLAIM, session.deviceId().value())
                .groups(Set.of(Roles.CODE_SESSION)).expiresAt(expiresAt).sign();
        return new IssuedToken(token, expiresAt);
    }

    public record IssuedToken(String token, Instant expiresAt) {
        @Override
        public String toString() {
            return "IssuedToken[****, expiresAt=" + expiresAt + "]";
        }
    }
}
