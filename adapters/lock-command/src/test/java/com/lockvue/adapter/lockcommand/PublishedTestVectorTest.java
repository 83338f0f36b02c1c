package com.lockvue.adapter.lockcommand;

import static org.assertj.core.api.Assertions.assertThat;

import com.lockvue.application.port.out.SignedLockCommand;
import com.lockvue.application.port.out.TrustAnchor;
import com.lockvue.lockverifier.ClockReport;
import com.lockvue.lockverifier.LockClock;
import com.lockvue.lockverifier.LockCommandVerifier;
import com.lockvue.lockverifier.NonceRegistry;
import com.lockvue.lockverifier.RealTimeClock;
import com.lockvue.lockverifier.Rejection;
import com.lockvue.lockverifier.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Pins the wire format: a fixed key and fixed claims must give these exact bytes (RFC 6979 makes ES256
 * reproducible), and docs/lock-protocol.md must publish the same bytes firmware teams test against, and the
 * reference lock must give every result the document's lock-state table promises.
 */
class PublishedTestVectorTest {

    static final String KID_HEX = "0cebf1bc9880748a";
    static final String PROTECTED_HEADER_HEX = "a2012604480cebf1bc9880748a";
    static final String PAYLOAD_HEX = "a8"
            + "03506f1e4c2a8b3d4e5f9a7b1c2d3e4f5a6b" // 3 aud: lock id
            + "041a6955b93c" // 4 exp: 1767225660
            + "051a6955b900" // 5 nbf: 1767225600
            + "061a6955b900" // 6 iat: 1767225600
            + "07500b7e3c4d5f6a4b8c9d0e1f2a3b4c5d6e" // 7 cti: command id
            + "3a0001000001" // -65537 action: 1 UNLOCK
            + "3a0001000101" // -65538 level: 1 RESTRICTED
            + "3a0001000250000102030405060708090a0b0c0d0e0f"; // -65539 nonce
    static final String SIGNATURE_HEX = "6be4b257ef5ed4a4b8c798600618139b1564d5bf356604af0734d3110ef43657"
            + "f6c595644c7e2d1c8e70c3fe90b2b30a84d89403e6a4eac2ab9d47c108aa426a";
    static final String MESSAGE_HEX = "d284" + "4d" + PROTECTED_HEADER_HEX + "a0" + "5859" + PAYLOAD_HEX + "5840"
            + SIGNATURE_HEX;
    /** The same lock and times: TIME_SYNC at MAINTENANCE, its own command id and nonce. */
    static final String TIME_SYNC_PAYLOAD_HEX = "a8"
            + "03506f1e4c2a8b3d4e5f9a7b1c2d3e4f5a6b" // 3 aud: lock id
            + "041a6955b93c" // 4 exp: 1767225660
            + "051a6955b900" // 5 nbf: 1767225600
            + "061a6955b900" // 6 iat: 1767225600
            + "07501c8f4d5e6a7b4c9d8e0f2a3b4c5d6e7f" // 7 cti: command id
            + "3a0001000003" // -65537 action: 3 TIME_SYNC
            + "3a0001000102" // -65538 level: 2 MAINTENANCE
            + "3a0001000250101112131415161718191a1b1c1d1e1f"; // -65539 nonce
    static final String TIME_SYNC_SIGNATURE_HEX = "6aa3fef95cdefb33ffd0d4ee88d51842d59f004b3971d42cec8aea67b458510d"
            + "dea25e20e642cfc1fdc8f98e44c8958ac6252239d6354fb456e80bc37404afb7";
    static final String TIME_SYNC_MESSAGE_HEX = "d284" + "4d" + PROTECTED_HEADER_HEX + "a0" + "5859"
            + TIME_SYNC_PAYLOAD_HEX + "5840" + TIME_SYNC_SIGNATURE_HEX;

    private static final long IAT = Fixtures.NOT_BEFORE.getEpochSecond();

    private final CoseLockCommandSigner signer = new CoseLockCommandSigner(TestKeys.rfc6979Keys());

    @Test
    void fixedKeyAndClaimsGiveTheExactPublishedBytes() {
        SignedLockCommand command = signer.sign(Fixtures.publishedClaims());

        assertThat(HexFormat.of().formatHex(command.message())).isEqualTo(MESSAGE_HEX);
        assertThat(command.message()).hasSize(174);
        assertThat(command.keyId()).isEqualTo("DOvxvJiAdIo");
        assertThat(command.expiresAt()).isEqualTo(Fixtures.NOT_BEFORE.plusSeconds(60));
        assertThat(HexFormat.of().formatHex(signer.sign(Fixtures.timeSyncClaims()).message()))
                .isEqualTo(TIME_SYNC_MESSAGE_HEX);
    }

    /** What docs/lock-protocol.md tells firmware teams: the vector is accepted once, while its nonce is fresh. */
    @Test
    void theLockSideVerifierAcceptsThePublishedMessageOnce() {
        VectorLock lock = new VectorLock();
        lock.nonces.issueNonce();
        byte[] message = HexFormat.of().parseHex(MESSAGE_HEX);

        assertThat(lock.verifier.verify(message)).isInstanceOfSatisfying(Result.Accepted.class, accepted -> {
            assertThat(accepted.command().commandId()).isEqualTo(Fixtures.COMMAND);
            assertThat(accepted.command().nonce()).isEqualTo(Fixtures.NONCE);
        });
        assertThat(lock.verifier.verify(message)).isEqualTo(new Result.Rejected(Rejection.REPLAYED_NONCE));
    }

    /** Each row of the document's table: a lock state, one of the two messages, the result the lock must give. */
    @TestFactory
    List<DynamicTest> everyPublishedLockStateGivesThePublishedResult() throws IOException {
        List<LockState> states = lockStates(Files.readString(protocolDocument()));
        assertThat(states).as("rows of the lock-state table").hasSizeGreaterThanOrEqualTo(10);
        assertThat(states).extracting(LockState::result).contains("ACCEPTED", "EXPIRED", "NONCE_EXPIRED");
        return states.stream().map(state -> DynamicTest.dynamicTest("row " + state.row(), () -> {
            VectorLock lock = new VectorLock();
            Result result = lock.run(state);
            String outcome = result instanceof Result.Rejected rejected ? rejected.reason().name() : "ACCEPTED";
            assertThat(outcome).as("row %s result", state.row()).isEqualTo(state.result());
            if (result instanceof Result.Accepted accepted) {
                assertThat(accepted.clock()).as("row %s clock report", state.row()).isEqualTo(
                        new ClockReport(ClockReport.Change.valueOf(state.change()), state.rtcOnArrival(),
                                state.rtcAfter()));
            } else {
                assertThat(state.change()).isEqualTo("-");
            }
            assertThat(lock.rtc.reading).as("row %s clock afterwards", state.row()).isEqualTo(state.rtcAfter());
        })).toList();
    }

    @Test
    void theSignedBytesAreTheSigStructureOfRfc9052() {
        byte[] sigStructure = CoseSign1.sigStructure(HexFormat.of().parseHex(PROTECTED_HEADER_HEX),
                HexFormat.of().parseHex(PAYLOAD_HEX));
        assertThat(HexFormat.of().formatHex(sigStructure)).isEqualTo(
                "84" + "6a5369676e617475726531" + "4d" + PROTECTED_HEADER_HEX + "40" + "5859" + PAYLOAD_HEX);
    }

    /** The kid was computed independently (Python hashlib over the RFC 7638 JSON) to check {@link EcKeys#kid}. */
    @Test
    void kidIsTheFirstEightBytesOfTheJwkThumbprint() {
        assertThat(HexFormat.of().formatHex(TestKeys.rfc6979Key("k").kid())).isEqualTo(KID_HEX);
    }

    @Test
    void trustAnchorPublishesCoordinatesAndCoseKey() {
        TrustAnchor anchor = signer.trustAnchors().get(0);

        assertThat(anchor.keyId()).isEqualTo("DOvxvJiAdIo");
        assertThat(anchor.algorithm()).isEqualTo("ES256");
        assertThat(anchor.curve()).isEqualTo("P-256");
        assertThat(anchor.x()).isEqualTo("YP7UuiVanTHJYet0xjVtaMBJuJI7Yfps5mliLmDyn7Y");
        assertThat(anchor.y()).isEqualTo("eQP-EAi4vJmkGunpVii8ZPLxsgwtfp9Rd6PClNRGIpk");
        assertThat(anchor.active()).isTrue();
        byte[] coseKey = java.util.Base64.getUrlDecoder().decode(anchor.coseKey());
        assertThat(HexFormat.of().formatHex(coseKey)).isEqualTo("a5" + "0102" + "02480cebf1bc9880748a" + "2001"
                + "215820" + TestKeys.PUBLIC_X_HEX.toLowerCase() + "225820" + TestKeys.PUBLIC_Y_HEX.toLowerCase());
    }

    @Test
    void theProtocolDocumentPublishesTheSameBytes() throws IOException {
        String doc = Files.readString(protocolDocument());

        assertThat(between(doc, "test-vector:message")).isEqualTo(MESSAGE_HEX);
        assertThat(between(doc, "test-vector:time-sync-message")).isEqualTo(TIME_SYNC_MESSAGE_HEX);
        assertThat(between(doc, "test-vector:private-key")).isEqualToIgnoringCase(TestKeys.PRIVATE_HEX);
        assertThat(between(doc, "test-vector:sig-structure")).isEqualTo(HexFormat.of().formatHex(
                CoseSign1.sigStructure(HexFormat.of().parseHex(PROTECTED_HEADER_HEX),
                        HexFormat.of().parseHex(PAYLOAD_HEX))));
    }

    /** One row of the lock-state table in docs/lock-protocol.md. */
    record LockState(String row, String message, boolean clockSet, long rtcOnArrival, long nonceAgeMillis,
            String result, String change, long rtcAfter) {
    }

    private static final Pattern ROW = Pattern.compile(
            "^\\| (\\d+) \\| (unlock|time-sync) \\| (yes|no) \\| (\\d+) \\| (\\d+) \\| ([A-Z_]+) \\| ([A-Z_]+|-) \\| (\\d+) \\|.*$",
            Pattern.MULTILINE);

    static List<LockState> lockStates(String doc) {
        Matcher table = Pattern.compile("<!-- test-vector:lock-states -->(.*?)<!-- end -->", Pattern.DOTALL)
                .matcher(doc);
        assertThat(table.find()).as("the lock-state table in docs/lock-protocol.md").isTrue();
        Matcher row = ROW.matcher(table.group(1));
        List<LockState> states = new java.util.ArrayList<>();
        while (row.find()) {
            states.add(new LockState(row.group(1), row.group(2), row.group(3).equals("yes"),
                    Long.parseLong(row.group(4)), Long.parseLong(row.group(5)), row.group(6), row.group(7),
                    Long.parseLong(row.group(8))));
        }
        return states;
    }

    /**
     * The reference lock with everything under the test's hand: it issues the vectors' nonces in the order asked,
     * its timer and its real-time clock read what the test sets.
     */
    private static final class VectorLock {
        final Deque<byte[]> nextNonces = new ArrayDeque<>(List.of(Fixtures.NONCE));
        long tick;
        final SettableRtc rtc = new SettableRtc();
        final NonceRegistry nonces = new NonceRegistry(new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                System.arraycopy(nextNonces.removeFirst(), 0, bytes, 0, bytes.length);
            }
        }, NonceRegistry.DEFAULT_CAPACITY, () -> tick);
        final LockCommandVerifier verifier;

        VectorLock() {
            LockCommandKey key = TestKeys.rfc6979Key("k");
            verifier = new LockCommandVerifier(Fixtures.LOCK, Map.of(key.keyId(), key.publicKey()), nonces,
                    new LockClock(rtc));
        }

        /**
         * Boots, sets the clock with the other published message when the row says so, then issues the row's nonce
         * and delivers its message after the row's nonce age, the real-time clock reading what the row says.
         */
        Result run(LockState state) {
            boolean timeSync = state.message().equals("time-sync");
            byte[] setup = HexFormat.of().parseHex(timeSync ? MESSAGE_HEX : TIME_SYNC_MESSAGE_HEX);
            nextNonces.clear();
            if (state.clockSet()) {
                nextNonces.add(timeSync ? Fixtures.NONCE : Fixtures.TIME_SYNC_NONCE);
                rtc.reading = IAT;
                nonces.issueNonce();
                assertThat(verifier.verify(setup).accepted()).as("setting the clock").isTrue();
            }
            nextNonces.add(timeSync ? Fixtures.TIME_SYNC_NONCE : Fixtures.NONCE);
            tick = 1_000;
            nonces.issueNonce();
            tick += state.nonceAgeMillis();
            rtc.reading = state.rtcOnArrival();
            return verifier.verify(HexFormat.of().parseHex(timeSync ? TIME_SYNC_MESSAGE_HEX : MESSAGE_HEX));
        }
    }

    private static final class SettableRtc implements RealTimeClock {
        long reading;

        @Override
        public long epochSecond() {
            return reading;
        }

        @Override
        public void set(long epochSecond) {
            reading = epochSecond;
        }
    }

    /** The hex inside the fenced block that follows an HTML comment marker, whitespace removed. */
    private static String between(String doc, String marker) {
        Matcher m = Pattern.compile("<!-- " + Pattern.quote(marker) + " -->\\s*```[a-z]*\\n(.*?)```",
                Pattern.DOTALL).matcher(doc);
        assertThat(m.find()).as("marker %s in docs/lock-protocol.md", marker).isTrue();
        return m.group(1).replaceAll("\\s+", "");
    }

    static Path protocolDocument() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docs/lock-protocol.md"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("docs/lock-protocol.md above the working directory").isNotNull();
        return dir.resolve("docs/lock-protocol.md");
    }
}
