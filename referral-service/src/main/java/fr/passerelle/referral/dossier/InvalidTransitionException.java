package fr.passerelle.referral.dossier;

import fr.passerelle.platform.web.problem.ConflictException;
import java.util.Map;

/** 409: the action does not apply to the referral's status; the body names those that do. */
public class InvalidTransitionException extends ConflictException {

  public InvalidTransitionException(Action action, Status status) {
    super(
        "a referral " + status + " cannot be moved by " + action,
        Map.of(
            "currentStatus", status.name(),
            "allowed", Action.allowedFrom(status).stream().map(Enum::name).toList()));
  }
}
