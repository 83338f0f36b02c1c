package com.lockvue.adapter.lockcommand;

import static org.assertj.core.api.Assertions.assertThat;

import com.lockvue.application.port.out.SignedLockCommand;
import com.lockvue.application.port.out.TrustAnchor;
import com.lockvue.lockverifier.LockCommandVerifier;
import com.lockvue.lockverifier.NonceRegistry;
import com.lockvue.lockverifier.Rejection;
import com.lockvue.lockverifier.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Pins the wire format: a fixed key and fixed claims must give these exact bytes (RFC 6979 makes ES256
 * reproducible), and docs/lock-protocol.md must publish the same bytes firmware teams test against.
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

    private final CoseLockCommandSigner signer = new CoseLockCommandSigner(TestKeys.rfc6979Keys());

    @Test
    void fixedKeyAndClaimsGiveTheExactPublishedBytes() {
        SignedLockCommand command = signer.sign(Fixtures.publishedClaims());

        assertThat(HexFormat.of().formatHex(command.message())).isEqualTo(MESSAGE_HEX);
        assertThat(command.message()).hasSize(174);
        assertThat(command.keyId()).isEqualTo("DOvxvJiAdIo");
        assertThat(command.expiresAt()).isEqualTo(Fixtures.NOT_BEFORE.plusSeconds(60));
    }

    /** What docs/lock-protocol.md tells firmware teams: the vector is accepted once, inside its window. */
    @Test
    void theLockSideVerifierAcceptsThePublishedMessage() {
        SecureRandom issuesTheVectorNonce = new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                System.arraycopy(Fixtures.NONCE, 0, bytes, 0, bytes.length);
            }
        };
        NonceRegistry nonces = new NonceRegistry(issuesTheVectorNonce, 1);
        nonces.issueNonce();
        LockCommandKey key = TestKeys.rfc6979Key("k");
        LockCommandVerifier lock = new LockCommandVerifier(Fixtures.LOCK, Map.of(key.keyId(), key.publicKey()),
                Clock.fixed(Fixtures.NOT_BEFORE.plusSeconds(30), ZoneOffset.UTC), nonces);
        byte[] message = HexFormat.of().parseHex(MESSAGE_HEX);

        assertThat(lock.verify(message)).isInstanceOfSatisfying(Result.Accepted.class, accepted -> {
            assertThat(accepted.command().commandId()).isEqualTo(Fixtures.COMMAND);
            assertThat(accepted.command().nonce()).isEqualTo(Fixtures.NONCE);
        });
        assertThat(lock.verify(message)).isEqualTo(new Result.Rejected(Rejection.REPLAYED_NONCE));
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
        assertThat(between(doc, "test-vector:private-key")).isEqualToIgnoringCase(TestKeys.PRIVATE_HEX);
        assertThat(between(doc, "test-vector:sig-structure")).isEqualTo(HexFormat.of().formatHex(
                CoseSign1.sigStructure(HexFormat.of().parseHex(PROTECTED_HEADER_HEX),
                        HexFormat.of().parseHex(PAYLOAD_HEX))));
    }

    /** The hex inside the fenced block that follows an HTML comment marker, whitespace removed. */
    private static String between(String doc, String marker) {
        Matcher m = Pattern.compile("<!-- " + Pattern.quote(marker) + " -->\\s*```[a-z]*\\n(.*?)```",
                Pattern.DOTALL).matcher(doc);
        assertThat(m.find()).as("marker %s in docs/lock-protocol.md", marker).isTrue();
        return m.group(1).replaceAll("\\s+", "");
    }

    private static Path protocolDocument() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docs/lock-protocol.md"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("docs/lock-protocol.md above the working directory").isNotNull();
        return dir.resolve("docs/lock-protocol.md");
    }
}
