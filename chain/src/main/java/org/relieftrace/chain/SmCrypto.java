package org.relieftrace.chain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.Provider;
import java.security.Signature;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.jcajce.spec.SM2ParameterSpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The SM suite's primitives from Bouncy Castle: SM3, and SM2 signatures (SM3withSM2) with the standard user id. The
 * provider is used directly, never registered with the JVM, so nothing else in the process changes; this class is
 * loaded only when an SM event or checkpoint is met.
 */
final class SmCrypto {

    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    private SmCrypto() {
    }

    static byte[] sm3(byte[] bytes) {
        SM3Digest digest = new SM3Digest();
        digest.update(bytes, 0, bytes.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
    }

    /** An SM3withSM2 signature with the user id {@link CryptoSuite#SM2_USER_ID}, to be initialised with a key. */
    static Signature signature() throws GeneralSecurityException {
        Signature signature = Signature.getInstance("SM3withSM2", BOUNCY_CASTLE);
        signature.setParameter(new SM2ParameterSpec(CryptoSuite.SM2_USER_ID.getBytes(StandardCharsets.US_ASCII)));
        return signature;
    }

    static KeyFactory keyFactory() throws GeneralSecurityException {
        return KeyFactory.getInstance("EC", BOUNCY_CASTLE);
    }

    /** Refuses an encoded key (PKCS#8 or X.509) that is not an EC key on the SM2 curve sm2p256v1. */
    static void requireSm2Curve(byte[] encoded, boolean isPrivate) {
        ASN1Encodable curve;
        try {
            curve = isPrivate ? PrivateKeyInfo.getInstance(encoded).getPrivateKeyAlgorithm().getParameters()
                    : SubjectPublicKeyInfo.getInstance(encoded).getAlgorithm().getParameters();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not an encoded key", e);
        }
        if (!GMObjectIdentifiers.sm2p256v1.equals(curve)) {
            throw new IllegalArgumentException("not a key on the SM2 curve sm2p256v1");
        }
    }
}
