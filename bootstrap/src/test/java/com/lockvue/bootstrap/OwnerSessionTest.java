package com.lockvue.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.lockvue.bootstrap.support.DatabaseState;
import com.lockvue.bootstrap.support.ForgedTokens;
import com.lockvue.bootstrap.support.Owner;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.junit.jupiter.api.Test;

/**
 * Owner sessions end when the owner says so: logging out ends that session at once, changing the password ends
 * every session; tokens are held to their exp and nbf within 5 s; bcrypt hashes of earlier versions are replaced
 * by Argon2id on the next login.
 */
@QuarkusTest
class OwnerSessionTest {
    @Inject
    DataSource dataSource;

    private static ValidatableResponse me(Owner owner, String token) {
        return owner.api.unchecked(token).get("/api/v1/me").then();
    }

    @Test
    void loggingOutEndsThatSessionOnTheNextRequestAndNoOther() {
        Owner owner = Owner.signUp();
        Owner elsewhere = owner.logIn();

        owner.request().post("/api/v1/auth/logout").then().statusCode(204);

        me(owner, owner.token).statusCode(401).header("WWW-Authenticate", "Bearer")
                .body("code", equalTo("session-ended"));
        owner.api.unchecked(owner.token).post("/api/v1/auth/logout").then().statusCode(401);
        me(elsewhere, elsewhere.token).statusCode(200);
        assertThat(elsewhere.auditEvents("action=USER_LOGOUT")).hasSize(1);
    }

    @Test
    void changingThePasswordEndsEverySessionAndAnswersANewOne() {
        Owner owner = Owner.signUp();
        Owner elsewhere = owner.logIn();
        String newPassword = "a brand new passphrase";

        String fresh = owner.request().body(Map.of("currentPassword", Owner.PASSWORD, "newPassword", newPassword))
                .post("/api/v1/me/password").then().statusCode(200).extract().path("accessToken");

        me(owner, owner.token).statusCode(401).body("code", equalTo("session-ended"));
        me(elsewhere, elsewhere.token).statusCode(401).body("code", equalTo("session-ended"));
        me(owner, fresh).statusCode(200);
        owner.api.anonymous().body(Map.of("email", owner.email, "password", Owner.PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(401);
        owner.api.anonymous().body(Map.of("email", owner.email, "password", newPassword))
                .post("/api/v1/auth/login").then().statusCode(200);
    }

    @Test
    void aWrongCurrentPasswordOrAWeakNewOneChangesNothing() {
        Owner owner = Owner.signUp();
        owner.request().body(Map.of("currentPassword", "not my password", "newPassword", "a brand new passphrase"))
                .post("/api/v1/me/password").then().statusCode(400).body("code", equalTo("invalid-credentials"))
                .body("errors[0].pointer", equalTo("/currentPassword"));
        owner.request().body(Map.of("currentPassword", Owner.PASSWORD, "newPassword", "password1234"))
                .post("/api/v1/me/password").then().statusCode(400).body("errors[0].pointer", equalTo("/newPassword"))
                .body("errors[0].detail", equalTo("is one of the most commonly used passwords; choose another"));
        me(owner, owner.token).statusCode(200);
    }

    @Test
    void tokensAreHeldToTheirTimesWithinFiveSecondsNotSixty() {
        Owner owner = Owner.signUp();
        long now = Instant.now().getEpochSecond();
        String lateByTen = ForgedTokens.resigned(owner.token, c -> with(c, "exp", now - 10));
        String earlyByTen = ForgedTokens.resigned(owner.token, c -> with(c, "nbf", now + 10));
        me(owner, lateByTen).statusCode(401);
        me(owner, earlyByTen).statusCode(401);
        me(owner, owner.token).statusCode(200);
    }

    @Test
    void aTokenWithoutASessionIsRefused() {
        Owner owner = Owner.signUp();
        String sessionless = ForgedTokens.resigned(owner.token, c -> {
            Map<String, Object> changed = new HashMap<>(c);
            changed.remove("sid");
            return changed;
        });
        me(owner, sessionless).statusCode(401);
    }

    @Test
    void loginSetsAKnownClientCookieThatPageScriptsCannotRead() {
        Owner owner = Owner.signUp();
        String setCookie = owner.api.anonymous().body(Map.of("email", owner.email, "password", Owner.PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(200).extract().header("Set-Cookie");
        assertThat(setCookie).startsWith("lockvue_known_client=").contains("HttpOnly").contains("SameSite=Strict")
                .contains("Path=/api/v1").doesNotContain("Secure");
    }

    @Test
    void aBcryptHashOfAnEarlierVersionStillLogsInAndIsReplacedByArgon2id() {
        Owner owner = Owner.signUp();
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        String bcrypt = OpenBSDBCrypt.generate("2a", Owner.PASSWORD.toCharArray(), salt, 4);
        DatabaseState.execute(dataSource, "UPDATE users SET password_hash = ? WHERE email = ?", bcrypt, owner.email);

        owner.logIn();

        assertThat(DatabaseState.string(dataSource, "SELECT password_hash FROM users WHERE email = ?", owner.email))
                .startsWith("$argon2id$v=19$");
        owner.logIn();
    }

    @Test
    void signUpRefusesACommonPasswordAndOneMadeOfTheEmail() {
        Owner any = Owner.signUp();
        any.api.anonymous().body(Map.of("accountName", "Harbour", "email", "mia.jensen@example.com",
                        "password", "1q2w3e4r5t6y"))
                .post("/api/v1/accounts").then().statusCode(400).body("errors[0].pointer", equalTo("/password"))
                .body("errors[0].detail", startsWith("is one of the most commonly used"));
        any.api.anonymous().body(Map.of("accountName", "Harbour", "email", "mia.jensen@example.com",
                        "password", "mia.jensen forever"))
                .post("/api/v1/accounts").then().statusCode(400)
                .body("errors[0].detail", equalTo("must not contain your email address or account name"));
    }

    private static Map<String, Object> with(Map<String, Object> claims, String name, Object value) {
        Map<String, Object> changed = new HashMap<>(claims);
        changed.put(name, value);
        return changed;
    }
}
