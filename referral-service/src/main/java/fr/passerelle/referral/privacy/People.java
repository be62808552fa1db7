package fr.passerelle.referral.privacy;

import fr.passerelle.referral.config.ReferralConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.hibernate.Session;

/**
 * The pseudonymous person id: a random id per young person, so that two referrals of one young
 * person count as one person in the indicators. The id is found again through a keyed hash
 * (HMAC-SHA-256) of the normalised name and birth date, kept only in this database (accents, case,
 * spaces and hyphens ignored). When the person's last referral is anonymised, the hash goes: the id
 * in the events kept in Kafka then leads to nobody, even for someone holding the key.
 */
@ApplicationScoped
public class People {

  /**
   * One round trip: the row inserted now, or the existing one (a no-op update returns it, and waits
   * for a twin submission's insert to commit rather than missing it).
   */
  private static final String UPSERT =
      "insert into person (id, identity_key, created_at) values (?, ?, ?)"
          + " on conflict (identity_key) do update set identity_key = excluded.identity_key"
          + " returning id";

  private final SecretKeySpec key;
  private final EntityManager entityManager;
  private final Clock clock;

  People(ReferralConfig config, EntityManager entityManager, Clock clock) {
    this.key =
        new SecretKeySpec(config.pseudonymKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    this.entityManager = entityManager;
    this.clock = clock;
  }

  /** The person's id, created on their first referral; twin submissions get the same one. */
  public UUID personId(String firstName, String lastName, LocalDate birthDate) {
    UUID identityKey = identityKey(firstName, lastName, birthDate);
    // Plain JDBC on the transaction's connection, not a native query: Hibernate 7.2 never finds
    // the plan of this INSERT ... RETURNING again, so every call added one to its plan cache and
    // looked through the 2,048 there (a quarter of a submission's CPU).
    return entityManager
        .unwrap(Session.class)
        .doReturningWork(
            connection -> {
              try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                upsert.setObject(1, UUID.randomUUID());
                upsert.setObject(2, identityKey);
                upsert.setTimestamp(3, Timestamp.from(clock.instant()));
                try (ResultSet row = upsert.executeQuery()) {
                  row.next();
                  return row.getObject(1, UUID.class);
                }
              }
            });
  }

  /**
   * The id of the person with this identity, while one of their referrals keeps its personal data
   * (after that, the identity leads to nobody).
   */
  public Optional<UUID> find(String firstName, String lastName, LocalDate birthDate) {
    return entityManager
        .createNativeQuery("select id from person where identity_key = ?1", UUID.class)
        .setParameter(1, identityKey(firstName, lastName, birthDate))
        .getResultStream()
        .map(UUID.class::cast)
        .findFirst();
  }

  /** Breaks the link from the id to the identity once no referral of the person is left whole. */
  public void forgetIfAllAnonymised(UUID personId) {
    entityManager.flush();
    entityManager
        .createNativeQuery(
            "delete from person p where p.id = ?1 and not exists (select 1 from referral r"
                + " where r.person_id = p.id and r.anonymised_at is null)")
        .setParameter(1, personId)
        .executeUpdate();
  }

  private UUID identityKey(String firstName, String lastName, LocalDate birthDate) {
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
