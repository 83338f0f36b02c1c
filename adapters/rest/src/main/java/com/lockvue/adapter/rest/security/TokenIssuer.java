package com.lockvue.adapter.rest.security;

import com.lockvue.application.port.in.CodeSession;
import com.lockvue.application.port.in.LogInUseCase.LoggedIn;
import com.lockvue.domain.account.OwnerSession;
import com.lockvue.application.port.in.CodeLoginUseCase.CodeLoginResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;

/** Mints the ES256 JWTs of admin and code sessions; SmallRye JWT verifies them with the public key. */
@ApplicationScoped
public class TokenIssuer {
    static final String ACCOUNT_CLAIM = "acct";
    static final String DEVICE_CLAIM = "dev";
    /** The owner session a token belongs to (OpenID Connect's name for it). */
    static final String SESSION_CLAIM = "sid";
    private static final String GROUPS_CLAIM = "groups";

    private final Es256TokenSigner signer;
    private final String issuer;

    public TokenIssuer(Es256TokenSigner signer, @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer) {
        this.signer = signer;
        this.issuer = issuer;
    }

    /** An owner's token lives exactly as long as its session, which every request checks. */
    public IssuedToken forAdmin(LoggedIn loggedIn) {
        OwnerSession session = loggedIn.session();
        JwtClaims claims = claims(session.userId().toString(), Roles.ACCOUNT_ADMIN, session.startedAt(),
                session.expiresAt());
        claims.setClaim(ACCOUNT_CLAIM, loggedIn.user().accountId().toString());
        claims.setClaim(SESSION_CLAIM, session.id().toString());
        return new IssuedToken(signer.sign(claims), session.expiresAt());
    }

    /**
     * A code-session token never outlives the code ({@link CodeLoginResult} caps it). It is only a key to the
     * session: every request checks the code again, so deleting or revoking does not wait for the token to expire.
     */
    public IssuedToken forCodeSession(CodeLoginResult login) {
        // JWT times are whole seconds: round the expiry down so the token never outlives the code.
        Instant expiresAt = login.expiresAt().truncatedTo(ChronoUnit.SECONDS);
        CodeSession session = login.session();
        JwtClaims claims = claims(session.uniqueCodeId().toString(), Roles.CODE_SESSION, login.issuedAt(), expiresAt);
        claims.setClaim(ACCOUNT_CLAIM, session.accountId().toString());
        claims.setClaim(DEVICE_CLAIM, session.deviceId().value());
        return new IssuedToken(signer.sign(claims), expiresAt);
    }

    private JwtClaims claims(String subject, String group, Instant issuedAt, Instant expiresAt) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(subject);
        claims.setJwtId(UUID.randomUUID().toString());
        claims.setIssuedAt(NumericDate.fromSeconds(issuedAt.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(expiresAt.getEpochSecond()));
        claims.setStringListClaim(GROUPS_CLAIM, List.of(group));
        return claims;
    }

    public record IssuedToken(String token, Instant expiresAt) {
        @Override
        public String toString() {
            return "IssuedToken[****, expiresAt=" + expiresAt + "]";
        }
    }
}
