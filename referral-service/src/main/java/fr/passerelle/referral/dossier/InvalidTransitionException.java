package fr.passerelle.referral.dossier;

import fr.passerelle.platform.web.problem.ConflictException;
import fr.passerelle.referral.access.Side;
import java.util.List;
import java.util.Map;

/** 409: the action does not apply to the referral's status; the body names those that do. */
public class InvalidTransitionException extends ConflictException {

  public InvalidTransitionException(Action action, Status status) {
    this(action, status, Action.allowedFrom(status));
  }

  /** Naming only what the caller's side may do. */
  public InvalidTransitionException(Action action, Status status, Side side) {
    this(action, status, Action.allowedFrom(status, side));
  }

  private InvalidTransitionException(Action action, Status status, List<Action> allowed) {
    super(
        "a referral " + status + " cannot be moved by " + action,
        Map.of(
            "currentStatus", status.name(),
            "allowed", allowed.stream().map(Enum::name).toList()));
  }
}
