package org.relieftrace.chain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * 密码套件 — the hash the chain is computed with and the signature checkpoints are sealed with. A deployment chooses
 * one ({@code relief.crypto.suite}); every event and checkpoint records the suite it was made with, so a store is
 * verified with whatever it was written with, even when the suite changed along the way.
 */
public enum CryptoSuite {

    /** SHA-256 chain hash, Ed25519 checkpoint signatures (both built into the JDK): the default. */
    INTERNATIONAL("SHA-256", "Ed25519"),

    /** 国密: SM3 chain hash (GB/T 32905), SM2 checkpoint signatures (GB/T 32918) with the standard user id
     * {@link #SM2_USER_ID}, through Bouncy Castle. */
    SM("SM3", "SM2");

    /** The SM2 signer's user id: the default identity of GB/T 35276, "1234567812345678". */
    public static final String SM2_USER_ID = "1234567812345678";

    private final String hashAlgorithm;
    private final String signatureAlgorithm;

    CryptoSuite(String hashAlgorithm, String signatureAlgorithm) {
        this.hashAlgorithm = hashAlgorithm;
        this.signatureAlgorithm = signatureAlgorithm;
    }

    /** The chain hash: {@code SHA-256} or {@code SM3}. */
    public String hashAlgorithm() {
        return hashAlgorithm;
    }

    /** The checkpoint signature: {@code Ed25519} or {@code SM2}. */
    public String signatureAlgorithm() {
        return signatureAlgorithm;
    }

    /**
     * The suite a stored event or checkpoint records, or a configuration names (case does not matter): none (null or
     * blank) is {@link #INTERNATIONAL}, the suite of every event written before suites were recorded.
     */
    public static CryptoSuite recorded(String name) {
        if (name == null || name.isBlank()) {
            return INTERNATIONAL;
        }
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown crypto suite " + name + ": one of "
                    + Arrays.toString(values()), e);
        }
    }

    /** The hash (hex, 64 digits) of a text's UTF-8 bytes. */
    public String hash(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(this == SM ? SmCrypto.sm3(bytes) : sha256(bytes));
    }

    /** The signature (base64) of a text with the suite's private key. */
    public String sign(PrivateKey key, String text) {
        try {
            Signature signature = signature();
            signature.initSign(key);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with " + signatureAlgorithm, e);
        }
    }

    /** Whether the signature (base64) is the key's signature of the text. */
    public boolean verify(PublicKey key, String text, String signature) {
        try {
            Signature check = signature();
            check.initVerify(key);
            check.update(text.getBytes(StandardCharsets.UTF_8));
            return check.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            return false;
        }
    }

    /** A private key from its base64 PKCS#8 encoding (PEM armour allowed). */
    public PrivateKey privateKey(String base64) {
        try {
            byte[] encoded = decode(base64);
            if (this == SM) {
                SmCrypto.requireSm2Curve(encoded, true);
            }
            return keyFactory().generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a base64 PKCS#8 " + signatureAlgorithm + " private key", e);
        }
    }

    /** A public key from its base64 X.509 encoding (PEM armour allowed). */
    public PublicKey publicKey(String base64) {
        try {
            byte[] encoded = decode(base64);
            if (this == SM) {
                SmCrypto.requireSm2Curve(encoded, false);
            }
            return keyFactory().generatePublic(new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a base64 X.509 " + signatureAlgorithm + " public key", e);
        }
    }

    /** The suite whose public key this is (base64 X.509), found from the key itself. */
    public static CryptoSuite ofPublicKey(String base64) {
        for (CryptoSuite suite : values()) {
            try {
                suite.publicKey(base64);
                return suite;
            } catch (IllegalArgumentException notThisOne) {
                // try the next suite
            }
        }
        throw new IllegalArgumentException("not a base64 X.509 public key of any suite: "
                + Arrays.toString(values()));
    }

    /** A short id of a public key: the first 16 hex digits of the suite's hash of its X.509 encoding. */
    public String keyId(PublicKey key) {
        byte[] encoded = key.getEncoded();
        return HexFormat.of().formatHex(this == SM ? SmCrypto.sm3(encoded) : sha256(encoded)).substring(0, 16);
    }

    private Signature signature() throws GeneralSecurityException {
        return this == SM ? SmCrypto.signature() : Signature.getInstance(signatureAlgorithm);
    }

    private KeyFactory keyFactory() throws GeneralSecurityException {
        return this == SM ? SmCrypto.keyFactory() : KeyFactory.getInstance(signatureAlgorithm);
    }

    private static byte[] decode(String base64) {
        if (base64 == null) {
            throw new IllegalArgumentException("no key");
        }
        return Base64.getDecoder().decode(base64.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
