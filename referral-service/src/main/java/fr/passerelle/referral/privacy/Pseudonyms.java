package fr.passerelle.referral.privacy;

import fr.passerelle.referral.config.ReferralConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The pseudonymous person id: a keyed hash (HMAC-SHA-256) of the normalised name and birth date, so
 * that two referrals of one young person count as one person in the indicators, while nobody
 * without the key can go back from the id to the person. Accents, case, spaces and hyphens are
 * ignored.
 */
@ApplicationScoped
public class Pseudonyms {

  private final SecretKeySpec key;

  Pseudonyms(ReferralConfig config) {
    this.key =
        new SecretKeySpec(config.pseudonymKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  public UUID personId(String firstName, String lastName, LocalDate birthDate) {
    String identity = normalise(lastName) + "|" + normalise(firstName) + "|" + birthDate;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      ByteBuffer hash = ByteBuffer.wrap(mac.doFinal(identity.getBytes(StandardCharsets.UTF_8)));
      return new UUID(hash.getLong(), hash.getLong());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  private static String normalise(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replaceAll("[^\\p{L}]", "")
        .toUpperCase(Locale.ROOT);
  }
}
