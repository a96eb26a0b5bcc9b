package org.relieftrace.chain;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;

import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CryptoSuiteTest {

    /** The SM2 key pair of the platform's default configuration, a development key. */
    static final String SM2_PRIVATE = "MIGTAgEAMBMGByqGSM49AgEGCCqBHM9VAYItBHkwdwIBAQQgh6U6G+ktib84HzS/"
            + "LiShcH5NEOqGYhSPmLtkDMPDg+SgCgYIKoEcz1UBgi2hRANCAARABuZ0glJ9VkXSYBgysRfy8SPu11FeEgRlx730t3oizIxC"
            + "JpZUoBLx7ZqT0ZBGr1oAiGQ42LwPuSohLiwrIm77";
    static final String SM2_PUBLIC = "MFkwEwYHKoZIzj0CAQYIKoEcz1UBgi0DQgAEQAbmdIJSfVZF0mAYMrEX8vEj7tdRXhIEZce99Ld6"
            + "IsyMQiaWVKAS8e2ak9GQRq9aAIhkONi8D7kqIS4sKyJu+w==";
    static final String ED25519_PRIVATE = "MC4CAQAwBQYDK2VwBCIEIEhEBC/K5katnzQZZH3lC0Sz5v4/Gik/e4dh7EGTp+V7";
    static final String ED25519_PUBLIC = "MCowBQYDK2VwAyEAwfcxSgLQRMuWT1B7LUts5boAyvZfr++8I7bl5z6IB2Y=";

    @Test
    void sm3OfAbcIsTheStandardsExample() {
        assertThat(CryptoSuite.SM.hash("abc"))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void sha256OfAbcIsTheStandardsExample() {
        assertThat(CryptoSuite.INTERNATIONAL.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @ParameterizedTest
    @EnumSource(CryptoSuite.class)
    void aSignatureHoldsForItsTextAndKeyOnly(CryptoSuite suite) throws Exception {
        PrivateKey signer = suite.privateKey(suite == CryptoSuite.SM ? SM2_PRIVATE : ED25519_PRIVATE);
        PublicKey published = suite.publicKey(suite == CryptoSuite.SM ? SM2_PUBLIC : ED25519_PUBLIC);
        String signature = suite.sign(signer, "relieftrace-checkpoint/1\n42");
        assertThat(suite.verify(published, "relieftrace-checkpoint/1\n42", signature)).isTrue();
        assertThat(suite.verify(published, "relieftrace-checkpoint/1\n43", signature)).isFalse();
        assertThat(suite.verify(stranger(suite), "relieftrace-checkpoint/1\n42", signature)).isFalse();
        assertThat(suite.verify(published, "relieftrace-checkpoint/1\n42", "not base64!")).isFalse();
    }

    @Test
    void anSm2SignatureIsMadeWithTheStandardUserId() throws Exception {
        String text = "relieftrace-checkpoint/1";
        String signed = CryptoSuite.SM.sign(CryptoSuite.SM.privateKey(SM2_PRIVATE), text);
        byte[] signature = Base64.getDecoder().decode(signed);
        assertThat(sm2Verifies("1234567812345678", text, signature)).isTrue();
        assertThat(sm2Verifies("relieftrace", text, signature)).isFalse();
    }

    @Test
    void aKeyIsReadOnlyByItsOwnSuite() {
        assertThat(CryptoSuite.ofPublicKey(SM2_PUBLIC)).isEqualTo(CryptoSuite.SM);
        assertThat(CryptoSuite.ofPublicKey(ED25519_PUBLIC)).isEqualTo(CryptoSuite.INTERNATIONAL);
        assertThatThrownBy(() -> CryptoSuite.SM.publicKey(ED25519_PUBLIC)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CryptoSuite.INTERNATIONAL.privateKey(SM2_PRIVATE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CryptoSuite.ofPublicKey("bm90IGEga2V5")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anSm2KeyOnAnotherCurveIsRefused() throws Exception {
        KeyPairGenerator nist = KeyPairGenerator.getInstance("EC");
        nist.initialize(256);
        String p256 = CheckpointSeal.encode(nist.generateKeyPair().getPublic());
        assertThatThrownBy(() -> CryptoSuite.SM.publicKey(p256)).hasMessageContaining("SM2");
    }

    @Test
    void aStoredSuiteNameIsRead() {
        assertThat(CryptoSuite.recorded(null)).isEqualTo(CryptoSuite.INTERNATIONAL);
        assertThat(CryptoSuite.recorded("")).isEqualTo(CryptoSuite.INTERNATIONAL);
        assertThat(CryptoSuite.recorded("sm")).isEqualTo(CryptoSuite.SM);
        assertThatThrownBy(() -> CryptoSuite.recorded("MD5")).hasMessageContaining("INTERNATIONAL, SM");
    }

    @Test
    void aKeyIdIsTheSuitesHashOfTheKey() {
        assertThat(CryptoSuite.INTERNATIONAL.keyId(CryptoSuite.INTERNATIONAL.publicKey(ED25519_PUBLIC)))
                .isEqualTo("fd7627516fad6a59");
        assertThat(CryptoSuite.SM.keyId(CryptoSuite.SM.publicKey(SM2_PUBLIC))).isEqualTo("86f0c80790453a6e");
    }

    private static boolean sm2Verifies(String userId, String text, byte[] signature) throws Exception {
        SM2Signer verifier = new SM2Signer();
        verifier.init(false, new ParametersWithID(PublicKeyFactory.createKey(Base64.getDecoder().decode(SM2_PUBLIC)),
                userId.getBytes(StandardCharsets.US_ASCII)));
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        verifier.update(bytes, 0, bytes.length);
        return verifier.verifySignature(signature);
    }

    private static PublicKey stranger(CryptoSuite suite) throws Exception {
        if (suite == CryptoSuite.INTERNATIONAL) {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic();
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC",
                new org.bouncycastle.jce.provider.BouncyCastleProvider());
        generator.initialize(new java.security.spec.ECGenParameterSpec("sm2p256v1"));
        KeyPair pair = generator.generateKeyPair();
        return pair.getPublic();
    }
}
