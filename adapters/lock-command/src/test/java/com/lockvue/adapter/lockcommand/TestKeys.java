package com.lockvue.adapter.lockcommand;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.util.List;

/** The P-256 key of RFC 6979 appendix A.2.5, reused as the published test key of the lock protocol. */
final class TestKeys {

    static final String PRIVATE_HEX = "C9AFA9D845BA75166B5C215767B1D6934E50C3DB36E89B127B8A622B120F6721";
    static final String PUBLIC_X_HEX = "60FED4BA255A9D31C961EB74C6356D68C049B8923B61FA6CE669622E60F29FB6";
    static final String PUBLIC_Y_HEX = "7903FE1008B8BC99A41AE9E95628BC64F2F1B20C2D7E9F5177A3C294D4462299";

    private TestKeys() {
    }

    static LockCommandKey rfc6979Key(String alias) {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            ECParameterSpec p256 = parameters.getParameterSpec(ECParameterSpec.class);
            KeyFactory factory = KeyFactory.getInstance("EC");
            ECPrivateKey privateKey = (ECPrivateKey) factory.generatePrivate(
                    new ECPrivateKeySpec(new BigInteger(PRIVATE_HEX, 16), p256));
            ECPublicKey publicKey = (ECPublicKey) factory.generatePublic(new ECPublicKeySpec(
                    new ECPoint(new BigInteger(PUBLIC_X_HEX, 16), new BigInteger(PUBLIC_Y_HEX, 16)), p256));
            return new LockCommandKey(alias, publicKey, privateKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static LockCommandKeys rfc6979Keys() {
        return LockCommandKeys.of(List.of(rfc6979Key("rfc6979")), "rfc6979");
    }
}
