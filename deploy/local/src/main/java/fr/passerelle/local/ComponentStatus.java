package fr.passerelle.local;

import java.util.OptionalLong;

/** One line of {@code ./passerelle status}. */
public record ComponentStatus(
    String name, OptionalLong pid, Health health, String address, String note) {

  public enum Health {
    /** Running, and its readiness probe answers yes. */
    UP("up"),
    /** Running, but its readiness probe answers no (starting, or a dependency is down). */
    NOT_READY("not ready"),
    /** Ended without being asked to. */
    DEAD("DEAD"),
    /** Not started yet, or stopped on purpose. */
    STOPPED("stopped");

    private final String label;

    Health(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  static ComponentStatus of(Component component, Supervision supervision) {
    OptionalLong pid = component.pid();
    if (pid.isPresent()) {
      Health health = component.ready() ? Health.UP : Health.NOT_READY;
      return new ComponentStatus(component.name(), pid, health, component.address(), "");
    }
    // Read after pid(): looking for the process may be what notices its death.
    return supervision
        .lastDeath(component)
        .map(
            death ->
                new ComponentStatus(
                    component.name(),
                    pid,
                    Health.DEAD,
                    component.address(),
                    "died at "
                        + Supervision.time(death)
                        + " (PID "
                        + death.pid()
                        + ", "
                        + death.exit()
                        + "); log: "
                        + component.log()))
        .orElseGet(
            () ->
                new ComponentStatus(
                    component.name(), pid, Health.STOPPED, component.address(), ""));
  }

  /** {@code directory 4242 up http://127.0.0.1:8081}. */
  public String line() {
    return String.format(
            "%-12s %-8s %-10s %s%s",
            name,
            pid.isPresent() ? String.valueOf(pid.getAsLong()) : "-",
            health.label(),
            address,
            note.isEmpty() ? "" : "  " + note)
        .stripTrailing();
  }
}
