package com.lockvue.adapter.lockcommand;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Known answers from RFC 6979 (T. Pornin, "Deterministic Usage of DSA and ECDSA", August 2013), appendix A.2.5
 * "ECDSA, 256 Bits (Prime Field)", private key x = C9AFA9D8...0F6721, "With SHA-256" for messages "sample" and
 * "test".
 */
class Es256DeterministicSignerTest {

    private final LockCommandKey key = TestKeys.rfc6979Key("rfc6979");
    private final Es256DeterministicSigner signer =
            Es256DeterministicSigner.of((ECPrivateKey) key.privateKey().orElseThrow());

    @ParameterizedTest
    @CsvSource({
        "sample, EFD48B2AACB6A8FD1140DD9CD45E81D69D2C877B56AAF991C34D0EA84EAF3716,"
                + " F7CB1C942D657C41D436C7A1B6E29F65F3E900DBB9AFF4064DC4AB2F843ACDA8",
        "test, F1ABB023518351CD71D881567B1EA663ED3EFCF6C5132B354F28D3B0B7D38367,"
                + " 019F4113742A2B14BD25926B49C649155F267E60D3814B4C0CC84250E46F0083"
    })
    void reproducesRfc6979AppendixA25(String message, String r, String s) throws Exception {
        byte[] signature = signer.sign(message.getBytes(StandardCharsets.US_ASCII));

        // "test" has an s with a leading zero byte: it stays, left-padded, in the fixed 64-byte form.
        assertThat(HexFormat.of().withUpperCase().formatHex(signature)).isEqualTo(r + s);
        assertThat(signature).hasSize(64);

        Signature jdk = Signature.getInstance("SHA256withECDSAinP1363Format");
        jdk.initVerify(key.publicKey());
        jdk.update(message.getBytes(StandardCharsets.US_ASCII));
        assertThat(jdk.verify(signature)).as("the JDK accepts the signature").isTrue();
    }

    @ParameterizedTest
    @CsvSource({"sample", "test"})
    void signingTheSameMessageTwiceGivesTheSameBytes(String message) {
        byte[] bytes = message.getBytes(StandardCharsets.US_ASCII);
        assertThat(signer.sign(bytes)).isEqualTo(signer.sign(bytes));
    }
}
