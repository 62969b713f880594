package dev.chat2desk4j.publishcheck;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Date;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPKeyRingGenerator;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.PGPDigestCalculator;
import org.bouncycastle.openpgp.operator.bc.BcPBESecretKeyEncryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentVerifierBuilderProvider;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.bouncycastle.openpgp.operator.bc.BcPGPKeyPair;

/**
 * An OpenPGP signing key made for one test run and never stored: the release check signs with it
 * exactly as a release signs with the real key (armored secret key and passphrase in the
 * environment), then verifies the signatures against its public half.
 */
final class ThrowawayKey {

  private final String armoredSecretKey;
  private final String passphrase;
  private final PGPPublicKey publicKey;

  private ThrowawayKey(String armoredSecretKey, String passphrase, PGPPublicKey publicKey) {
    this.armoredSecretKey = armoredSecretKey;
    this.passphrase = passphrase;
    this.publicKey = publicKey;
  }

  /** Makes a passphrase-protected RSA 2048 signing key. */
  static ThrowawayKey generate() throws PGPException, IOException {
    SecureRandom random = new SecureRandom();
    RSAKeyPairGenerator rsa = new RSAKeyPairGenerator();
    rsa.init(new RSAKeyGenerationParameters(BigInteger.valueOf(0x10001), random, 2048, 80));
    BcPGPKeyPair keyPair =
        new BcPGPKeyPair(PublicKeyAlgorithmTags.RSA_GENERAL, rsa.generateKeyPair(), new Date());
    String passphrase = Long.toHexString(random.nextLong());
    PGPDigestCalculator sha1 = new BcPGPDigestCalculatorProvider().get(HashAlgorithmTags.SHA1);
    PGPKeyRingGenerator rings =
        new PGPKeyRingGenerator(
            PGPSignature.POSITIVE_CERTIFICATION,
            keyPair,
            "chat2desk4j release check <release-check@example.invalid>",
            sha1,
            null,
            null,
            new BcPGPContentSignerBuilder(
                PublicKeyAlgorithmTags.RSA_GENERAL, HashAlgorithmTags.SHA256),
            new BcPBESecretKeyEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256, sha1)
                .build(passphrase.toCharArray()));
    ByteArrayOutputStream armored = new ByteArrayOutputStream();
    try (ArmoredOutputStream out = new ArmoredOutputStream(armored)) {
      rings.generateSecretKeyRing().encode(out);
    }
    return new ThrowawayKey(
        armored.toString(StandardCharsets.US_ASCII), passphrase, keyPair.getPublicKey());
  }

  /** The secret key as maven-gpg-plugin's BouncyCastle signer reads it from MAVEN_GPG_KEY. */
  String armoredSecretKey() {
    return armoredSecretKey;
  }

  /** The passphrase, as the signer reads it from MAVEN_GPG_PASSPHRASE. */
  String passphrase() {
    return passphrase;
  }

  /** Whether {@code signature} (an armored detached signature) is this key's over {@code file}. */
  boolean signed(Path file, Path signature) {
    try (InputStream in = PGPUtil.getDecoderStream(Files.newInputStream(signature))) {
      Object packet = new BcPGPObjectFactory(in).nextObject();
      if (!(packet instanceof PGPSignatureList signatures) || signatures.size() != 1) {
        return false;
      }
      PGPSignature detached = signatures.get(0);
      if (detached.getKeyID() != publicKey.getKeyID()) {
        return false;
      }
      detached.init(new BcPGPContentVerifierBuilderProvider(), publicKey);
      detached.update(Files.readAllBytes(file));
      return detached.verify();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (PGPException e) {
      return false;
    }
  }
}
