package org.relieftrace.platform.audit;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import org.relieftrace.chain.CheckpointSeal;
import org.relieftrace.chain.CryptoSuite;
import org.relieftrace.platform.axon.AxonSettings;

/**
 * 检查点密钥 — the keys checkpoints are signed and checked with, one pair per crypto suite: Ed25519 for INTERNATIONAL
 * ({@code audit.checkpoints.private-key}, {@code .public-key}), SM2 for SM ({@code audit.checkpoints.sm2.private-key},
 * {@code .sm2.public-key}). New checkpoints are signed with the pair of the deployment's suite
 * ({@code relief.crypto.suite}); a checkpoint is checked with the public key of the suite it records, so a deployment
 * that changed suite keeps the earlier suite's public key configured (its private key is no longer read).
 */
@ApplicationScoped
public class CheckpointKeys {

    private static final Logger LOG = Logger.getLogger(CheckpointKeys.class);

    /** The ids of the development keys every fresh checkout shares; a deployment sets its own. */
    static final Map<CryptoSuite, String> DEVELOPMENT_KEY_IDS = Map.of(CryptoSuite.INTERNATIONAL, "fd7627516fad6a59",
            CryptoSuite.SM, "86f0c80790453a6e");

    /** The key a checkpoint of a suite is checked with, published for the offline verifier. */
    public record PublishedKey(CryptoSuite suite, String algorithm, String keyId, String publicKey,
                               boolean developmentKey) {
    }

    @Inject
    AxonSettings settings;

    @ConfigProperty(name = "audit.checkpoints.private-key")
    String ed25519PrivateKey;

    @ConfigProperty(name = "audit.checkpoints.public-key")
    String ed25519PublicKey;

    @ConfigProperty(name = "audit.checkpoints.sm2.private-key")
    String sm2PrivateKey;

    @ConfigProperty(name = "audit.checkpoints.sm2.public-key")
    String sm2PublicKey;

    private final Map<CryptoSuite, PublicKey> publicKeys = new EnumMap<>(CryptoSuite.class);
    private PrivateKey signingKey;

    /** The suite new checkpoints are signed with. */
    public CryptoSuite signingSuite() {
        return settings.crypto().suite();
    }

    /** Reads the keys, refusing a signing pair whose halves do not match; warns when signing with a development key. */
    void checkAtStart() {
        signingKey();
        String keyId = published(signingSuite()).keyId();
        if (keyId.equals(DEVELOPMENT_KEY_IDS.get(signingSuite()))) {
            LOG.warnf("Audit checkpoints are signed with the DEVELOPMENT %s key published in the source code: set %s"
                    + " in a real deployment", signingSuite().signatureAlgorithm(), signingSuite() == CryptoSuite.SM
                    ? "AUDIT_CHECKPOINTS_SM2_PRIVATE_KEY and AUDIT_CHECKPOINTS_SM2_PUBLIC_KEY"
                    : "AUDIT_CHECKPOINTS_PRIVATE_KEY and AUDIT_CHECKPOINTS_PUBLIC_KEY");
        }
    }

    /** Signs a checkpoint's text with the signing suite's private key. */
    public String sign(String text) {
        return signingSuite().sign(signingKey(), text);
    }

    /** The public key checkpoints of a suite are checked with. */
    public synchronized PublicKey publicKey(CryptoSuite suite) {
        return publicKeys.computeIfAbsent(suite, s -> s.publicKey(s == CryptoSuite.SM ? sm2PublicKey
                : ed25519PublicKey));
    }

    /** The published key of a suite. */
    public PublishedKey published(CryptoSuite suite) {
        PublicKey key = publicKey(suite);
        String keyId = suite.keyId(key);
        return new PublishedKey(suite, suite.signatureAlgorithm(), keyId, CheckpointSeal.encode(key),
                keyId.equals(DEVELOPMENT_KEY_IDS.get(suite)));
    }

    /** The published keys of every suite, by suite. */
    public Map<CryptoSuite, PublishedKey> publishedAll() {
        Map<CryptoSuite, PublishedKey> all = new EnumMap<>(CryptoSuite.class);
        for (CryptoSuite suite : CryptoSuite.values()) {
            all.put(suite, published(suite));
        }
        return all;
    }

    private synchronized PrivateKey signingKey() {
        if (signingKey == null) {
            CryptoSuite suite = signingSuite();
            PrivateKey secret = suite.privateKey(suite == CryptoSuite.SM ? sm2PrivateKey : ed25519PrivateKey);
            if (!suite.verify(publicKey(suite), "probe", suite.sign(secret, "probe"))) {
                throw new IllegalStateException("the checkpoints' " + suite + " public key is not the public key of"
                        + " their " + suite + " private key");
            }
            signingKey = secret;
        }
        return signingKey;
    }
}
