package fr.passerelle.referral.submission;

import fr.passerelle.platform.web.problem.ConflictException;
import java.util.Map;
import java.util.UUID;

/** 409: this client already submitted a referral with this externalRef; names the referral. */
public class DuplicateSubmissionException extends ConflictException {

  private final UUID referralId;

  public DuplicateSubmissionException(String externalRef, UUID referralId) {
    super(
        "a referral with externalRef " + externalRef + " was already submitted",
        Map.of("referralId", referralId));
    this.referralId = referralId;
  }

  public UUID referralId() {
    return referralId;
  }
}
