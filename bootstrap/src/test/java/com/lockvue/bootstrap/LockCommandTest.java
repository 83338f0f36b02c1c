package com.lockvue.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.lockvue.bootstrap.support.ControllableClock;
import com.lockvue.bootstrap.support.Owner;
import com.lockvue.bootstrap.support.Phone;
import com.lockvue.lockverifier.ClockReport;
import com.lockvue.lockverifier.LockClock;
import com.lockvue.lockverifier.LockCommandVerifier;
import com.lockvue.lockverifier.NonceRegistry;
import com.lockvue.lockverifier.OffsetRealTimeClock;
import com.lockvue.lockverifier.Rejection;
import com.lockvue.lockverifier.Result;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Commands issued over REST, carried to the JDK-only reference verifier a lock would run, exactly as the phone
 * would relay them.
 */
@QuarkusTest
class LockCommandTest {
    private Owner owner;
    private String restrictedLock;
    private String maintenanceLock;
    private Phone phone;
    private Map<String, PublicKey> trusted;

    @Inject
    ControllableClock serverClock;

    @AfterEach
    void releaseTheServersClock() {
        serverClock.release();
    }

    @BeforeEach
    void ownerSharesOneLockPerLevelAndThePhoneLogsIn() throws Exception {
        owner = Owner.signUp().enableUniqueCodes();
        restrictedLock = owner.activateLock("Gate");
        maintenanceLock = owner.activateLock("Plant room");
        JsonPath code = owner.createCode("Contractor");
        owner.share(code.getString("id"), "RESTRICTED", restrictedLock);
        owner.share(code.getString("id"), "MAINTENANCE", maintenanceLock);
        phone = new Phone();
        phone.codeLogin(code.getString("code")).statusCode(200);
        trusted = trustAnchorsOf(restrictedLock);
    }

    @Test
    void theLockAcceptsAnUnlockCommandIssuedForItsOwnNonceExactlyOnce() {
        TestLock lock = lockFor(restrictedLock);
        byte[] nonce = lock.nonces.issueNonce();
        ValidatableResponse response = requestCommand(restrictedLock, nonce, "UNLOCK").statusCode(201)
                .body("action", equalTo("UNLOCK")).body("level", equalTo("RESTRICTED"));
        byte[] command = decode(response.extract().path("command"));
        assertThat(command.length).isLessThanOrEqualTo(182);

        Result first = lock.verifier.verify(command);
        assertThat(first).isInstanceOf(Result.Accepted.class);
        var accepted = ((Result.Accepted) first).command();
        assertThat(accepted.lock()).isEqualTo(UUID.fromString(restrictedLock));
        assertThat(accepted.nonce()).isEqualTo(nonce);
        assertThat(accepted.expiresAt() - accepted.notBefore()).isBetween(1L, 60L);
        assertThat(accepted.commandId()).isEqualTo(UUID.fromString(response.extract().path("commandId")));

        assertRejected(lock.verifier.verify(command), Rejection.REPLAYED_NONCE);
    }

    @Test
    void theLockRejectsATamperedByte() {
        TestLock gate = lockFor(restrictedLock);
        LockCommandVerifier lock = gate.verifier;
        byte[] command = issue(restrictedLock, gate.nonces.issueNonce(), "UNLOCK");
        byte[] tampered = command.clone();
        tampered[tampered.length - 70] ^= 0x01; // inside the payload, just before the signature
        assertThat(lock.verify(tampered).accepted()).isFalse();
        byte[] badSignature = command.clone();
        badSignature[badSignature.length - 1] ^= 0x01;
        assertRejected(lock.verify(badSignature), Rejection.BAD_SIGNATURE);
    }

    @Test
    void anotherLockRejectsTheCommand() {
        TestLock gate = lockFor(restrictedLock);
        TestLock plantRoom = lockFor(maintenanceLock);
        byte[] command = issue(restrictedLock, gate.nonces.issueNonce(), "UNLOCK");
        assertRejected(plantRoom.verifier.verify(command), Rejection.WRONG_AUDIENCE);
    }

    @Test
    void aLockWhoseClockIsAnHourFastAcceptsAFreshCommandAndTakesTheServersTime() {
        TestLock lock = new TestLock(restrictedLock, trusted, 3600);
        byte[] command = issue(restrictedLock, lock.nonces.issueNonce(), "UNLOCK");
        Result result = lock.verifier.verify(command);

        assertThat(result).isInstanceOfSatisfying(Result.Accepted.class, accepted -> {
            assertThat(accepted.clock().change()).isEqualTo(ClockReport.Change.SET_AFTER_BOOT);
            assertThat(accepted.clock().after()).isEqualTo(accepted.command().issuedAt());
        });
        assertThat(lock.clock.read()).isBetween(Instant.now().getEpochSecond() - 2, Instant.now().getEpochSecond());
        byte[] next = issue(restrictedLock, lock.nonces.issueNonce(), "UNLOCK");
        assertThat(((Result.Accepted) lock.verifier.verify(next)).clock().change()).isEqualTo(ClockReport.Change.KEPT);
    }

    @Test
    void aCommandForANonceOlderThanItsLifetimeIsRejected() {
        TestLock lock = lockFor(restrictedLock);
        byte[] nonce = lock.nonces.issueNonce();
        byte[] command = issue(restrictedLock, nonce, "UNLOCK");
        lock.tick += NonceRegistry.LIFETIME_MILLIS;
        assertRejected(lock.verifier.verify(command), Rejection.NONCE_EXPIRED);
    }

    /**
     * The server caps exp at the code's expiry; the lock refuses from the first millisecond at which the server's
     * time may have reached it. The lock cannot see the half second iat drops, so it refuses up to a second early
     * and never late.
     */
    @Test
    void theLockNeverActsOnACommandAtOrAfterItsUniqueCodesExpiry() {
        Instant signedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusMillis(500);
        serverClock.set(signedAt);
        Instant codeExpiry = signedAt.truncatedTo(ChronoUnit.SECONDS).plusSeconds(40);
        JsonPath shortCode = owner.createCode("Forty seconds", codeExpiry);
        owner.share(shortCode.getString("id"), "RESTRICTED", restrictedLock);
        Phone quick = new Phone();
        quick.codeLogin(shortCode.getString("code")).statusCode(200);
        TestLock lock = lockFor(restrictedLock);
        byte[] inTime = issue(quick, restrictedLock, lock.nonces.issueNonce());
        byte[] late = issue(quick, restrictedLock, lock.nonces.issueNonce());

        lock.tick = 39_000; // iat + 1 s + 39 s = exp: the server's time is surely before the code's expiry
        assertThat(lock.verifier.verify(inTime)).isInstanceOfSatisfying(Result.Accepted.class, accepted ->
                assertThat(Instant.ofEpochSecond(accepted.command().expiresAt())).isEqualTo(codeExpiry));
        lock.tick = 39_001; // iat + 1 s + 39.001 s is past exp: the server's time may have reached it
        assertRejected(lock.verifier.verify(late), Rejection.EXPIRED);
    }

    @Test
    void aLockThatDoesNotTrustTheSigningKeyRejectsIt() {
        TestLock untrusting = new TestLock(restrictedLock, Map.of(), 0);
        byte[] command = issue(restrictedLock, untrusting.nonces.issueNonce(), "UNLOCK");
        assertRejected(untrusting.verifier.verify(command), Rejection.UNKNOWN_KID);
    }

    @Test
    void aSignatureOfTheWrongLengthIsRejected() {
        TestLock lock = lockFor(restrictedLock);
        byte[] command = issue(restrictedLock, lock.nonces.issueNonce(), "UNLOCK");
        // The signature is the last item: bstr header 0x58 0x40 and 64 bytes. Make it a 63-byte bstr.
        int header = command.length - 66;
        assertThat(command[header] & 0xff).isEqualTo(0x58);
        assertThat(command[header + 1] & 0xff).isEqualTo(64);
        byte[] shortened = Arrays.copyOf(command, command.length - 1);
        shortened[header + 1] = 63;
        assertRejected(lock.verifier.verify(shortened), Rejection.BAD_SIGNATURE_LENGTH);
    }

    @Test
    void aNonceTheLockNeverIssuedIsRejected() {
        TestLock lock = lockFor(restrictedLock);
        byte[] forged = new byte[16];
        Arrays.fill(forged, (byte) 7);
        assertRejected(lock.verifier.verify(issue(restrictedLock, forged, "UNLOCK")), Rejection.UNKNOWN_NONCE);
    }

    @Test
    void aRestrictedCodeGetsNoMaintenanceCommandButAMaintenanceCodeDoes() {
        requestCommand(restrictedLock, new byte[16], "TIME_SYNC").statusCode(403)
                .body("code", equalTo("action-not-permitted"));
        TestLock plantRoom = lockFor(maintenanceLock);
        byte[] command = issue(maintenanceLock, plantRoom.nonces.issueNonce(), "BATTERY_STATUS");
        assertThat(plantRoom.verifier.verify(command).accepted()).isTrue();
        assertThat(owner.auditEvents("action=LOCK_COMMAND_ISSUED"))
                .extracting(e -> e.get("outcome") + ":" + e.get("reason"))
                .anyMatch(s -> s.equals("FAILURE:action-not-permitted"))
                .anyMatch(s -> s.startsWith("SUCCESS:BATTERY_STATUS level=MAINTENANCE"));
    }

    @Test
    void revokingOrDeletingStopsCommandsOnTheVeryNextRequest() {
        String permissionId = owner.request().get("/api/v1/permissions?lockId=" + restrictedLock).then()
                .statusCode(200).extract().path("items[0].id");
        owner.request().delete("/api/v1/permissions/" + permissionId).then().statusCode(204);
        requestCommand(restrictedLock, new byte[16], "UNLOCK").statusCode(404).body("code", equalTo("lock-not-found"));
        requestCommand(maintenanceLock, new byte[16], "UNLOCK").statusCode(201);

        String codeId = owner.request().get("/api/v1/unique-codes").then().extract().path("items[0].id");
        owner.request().delete("/api/v1/unique-codes/" + codeId).then().statusCode(204);
        requestCommand(maintenanceLock, new byte[16], "UNLOCK").statusCode(401).body("code", equalTo("code-session-ended"));
    }

    @Test
    void aCommandNeverOutlivesItsUniqueCode() {
        Instant codeExpiry = Instant.now().plusSeconds(30).truncatedTo(ChronoUnit.MILLIS);
        JsonPath shortCode = owner.createCode("Thirty seconds", codeExpiry);
        owner.share(shortCode.getString("id"), "RESTRICTED", restrictedLock);
        Phone quick = new Phone();
        quick.codeLogin(shortCode.getString("code")).statusCode(200);
        String expiresAt = quick.api.with(quick.token()).body(Map.of("nonce", encode(new byte[16]), "action", "UNLOCK"))
                .post("/api/v1/locks/" + restrictedLock + "/unlock-commands").then().statusCode(201)
                .extract().path("expiresAt");
        assertThat(Instant.parse(expiresAt)).isEqualTo(codeExpiry.truncatedTo(ChronoUnit.SECONDS));
    }

    @Test
    void theOwnerMayIssueCommandsAndSeeTrustAnchorsButOtherAccountsMayNot() {
        TestLock gate = lockFor(restrictedLock);
        byte[] command = decode(owner.request().body(Map.of("nonce", encode(gate.nonces.issueNonce()), "action", "TIME_SYNC"))
                .post("/api/v1/locks/" + restrictedLock + "/unlock-commands").then().statusCode(201)
                .body("level", equalTo("ADMIN")).extract().path("command"));
        assertThat(gate.verifier.verify(command).accepted()).isTrue();

        Owner stranger = Owner.signUp();
        stranger.request().get("/api/v1/locks/" + restrictedLock + "/trust-anchors").then().statusCode(404);
        stranger.request().body(Map.of("nonce", encode(new byte[16]), "action", "UNLOCK"))
                .post("/api/v1/locks/" + restrictedLock + "/unlock-commands").then().statusCode(404);
        phone.api.unchecked(phone.token()).get("/api/v1/locks/" + restrictedLock + "/trust-anchors").then()
                .statusCode(403);
    }

    @Test
    void aNonceThatIsNotSixteenBytesIsABadRequest() {
        phone.api.unchecked(phone.token()).contentType("application/json")
                .body(Map.of("nonce", "c2hvcnQ", "action", "UNLOCK"))
                .post("/api/v1/locks/" + restrictedLock + "/unlock-commands").then().statusCode(400)
                .body("errors[0].pointer", equalTo("/nonce"));
        owner.request().get("/api/v1/locks/" + restrictedLock + "/trust-anchors").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].active", equalTo(true));
    }

    // ---- helpers ----

    /** A reference lock just booted: the test moves its monotonic timer; its RTC runs on the JVM's clock, offset. */
    private static final class TestLock {
        long tick;
        final NonceRegistry nonces = new NonceRegistry(() -> tick);
        final LockClock clock;
        final LockCommandVerifier verifier;

        TestLock(String lockId, Map<String, PublicKey> trusted, long rtcOffsetSeconds) {
            clock = new LockClock(new OffsetRealTimeClock(Clock.systemUTC(), rtcOffsetSeconds));
            verifier = new LockCommandVerifier(UUID.fromString(lockId), trusted, nonces, clock);
        }
    }

    private TestLock lockFor(String lockId) {
        return new TestLock(lockId, trusted, 0);
    }

    private ValidatableResponse requestCommand(String lockId, byte[] nonce, String action) {
        return phone.api.unchecked(phone.token()).contentType("application/json")
                .body(Map.of("nonce", encode(nonce), "action", action))
                .post("/api/v1/locks/" + lockId + "/unlock-commands").then();
    }

    private static byte[] issue(Phone by, String lockId, byte[] nonce) {
        return decode(by.api.with(by.token()).body(Map.of("nonce", encode(nonce), "action", "UNLOCK"))
                .post("/api/v1/locks/" + lockId + "/unlock-commands").then().statusCode(201).extract().path("command"));
    }

    private byte[] issue(String lockId, byte[] nonce, String action) {
        return decode(phone.api.with(phone.token()).body(Map.of("nonce", encode(nonce), "action", action))
                .post("/api/v1/locks/" + lockId + "/unlock-commands").then().statusCode(201).extract().path("command"));
    }

    private Map<String, PublicKey> trustAnchorsOf(String lockId) throws Exception {
        List<Map<String, Object>> anchors = owner.request().get("/api/v1/locks/" + lockId + "/trust-anchors")
                .then().statusCode(200).extract().path("items");
        Map<String, PublicKey> keys = new HashMap<>();
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        ECParameterSpec p256 = parameters.getParameterSpec(ECParameterSpec.class);
        for (Map<String, Object> anchor : anchors) {
            @SuppressWarnings("unchecked")
            Map<String, String> jwk = (Map<String, String>) anchor.get("jwk");
            ECPoint point = new ECPoint(new BigInteger(1, decode(jwk.get("x"))), new BigInteger(1, decode(jwk.get("y"))));
            keys.put((String) anchor.get("keyId"),
                    KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, p256)));
        }
        return keys;
    }

    private static void assertRejected(Result result, Rejection reason) {
        assertThat(result).isEqualTo(new Result.Rejected(reason));
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] decode(String base64url) {
        return Base64.getUrlDecoder().decode(base64url);
    }
}
