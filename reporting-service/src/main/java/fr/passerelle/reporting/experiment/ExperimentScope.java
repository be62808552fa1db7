package fr.passerelle.reporting.experiment;

import fr.passerelle.contracts.security.Roles;
import fr.passerelle.platform.security.AggregateScope;
import fr.passerelle.platform.security.Caller;
import fr.passerelle.platform.web.problem.RuleViolationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which experiments the caller sees and changes: steering and admin every one; a Pôle emploi
 * advisor those whose agencies include theirs ({@code safir}); E2C staff those whose sites include
 * one of theirs ({@code e2c_sites}). Outside, an experiment answers 404 as if it did not exist.
 *
 * <p>An advisor or a member of staff writes their own part of a territory only: they may add or
 * remove their agency or their sites, never a department, another agency or another site, and keep
 * theirs in it, so that what they wrote stays in their view.
 */
@RequestScoped
public class ExperimentScope extends AggregateScope<Experiment, UUID> {

  private final Caller caller;

  ExperimentScope(Caller caller) {
    this.caller = caller;
  }

  /** Steering and admin: every territory. */
  public boolean seesAll() {
    return caller.isAny(Roles.STEERING, Roles.ADMIN);
  }

  /** The advisor's agency, when the caller is one (and the token says which). */
  public List<String> agencies() {
    return caller.is(Roles.PE_ADVISOR) ? caller.safir().stream().toList() : List.of();
  }

  /** The sites of a member of E2C staff. */
  public Set<UUID> sites() {
    return caller.is(Roles.E2C_STAFF) ? caller.e2cSites() : Set.of();
  }

  @Override
  public boolean sees(Experiment experiment) {
    return seesAll()
        || agencies().stream().anyMatch(experiment.agencySafirs::contains)
        || sites().stream().anyMatch(experiment.siteIds::contains);
  }

  /**
   * A JPQL condition on an {@link Experiment} named {@code alias} selecting the experiments the
   * caller sees, with {@link #parameters()}; null when the caller sees every one.
   */
  public String condition(String alias) {
    if (seesAll()) {
      return null;
    }
    List<String> terms = new ArrayList<>();
    parameters()
        .forEach(
            (name, value) ->
                terms.add(
                    "array_contains("
                        + alias
                        + (name.startsWith("scopeAgency") ? ".agencySafirs" : ".siteIds")
                        + ", :"
                        + name
                        + ")"));
    return terms.isEmpty() ? "1 = 0" : "(" + String.join(" or ", terms) + ")";
  }

  /** The parameters of {@link #condition}: the caller's agency and each of their sites. */
  public Map<String, Object> parameters() {
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (seesAll()) {
      return parameters;
    }
    List<String> agencies = agencies();
    for (int i = 0; i < agencies.size(); i++) {
      parameters.put("scopeAgency" + i, agencies.get(i));
    }
    int i = 0;
    for (UUID site : sites()) {
      parameters.put("scopeSite" + i++, site);
    }
    return parameters;
  }

  /**
   * Checks that an advisor or E2C staff changes only their own part of the territory, from what the
   * experiment names now ({@link Territory#NONE} for a new one) to what the request names.
   *
   * @throws RuleViolationException (422 {@code territory-outside-scope})
   */
  void requireMayName(Territory before, Territory after) {
    if (seesAll()) {
      return;
    }
    List<String> agencies = agencies();
    Set<UUID> sites = sites();
    if (!before.without(sites, agencies).equals(after.without(sites, agencies))) {
      throw new RuleViolationException(
          "territory-outside-scope",
          "an advisor or E2C staff names only their own agency or sites: departments, other"
              + " agencies and other sites are set by steering");
    }
    boolean keepsOwn =
        agencies.stream().anyMatch(after.agencySafirs()::contains)
            || sites.stream().anyMatch(after.siteIds()::contains);
    if (!keepsOwn) {
      throw new RuleViolationException(
          "territory-outside-scope",
          "the territory must name the caller's own agency or one of their sites");
    }
  }

  @Override
  protected String resource() {
    return "experiment";
  }

  @Override
  protected Experiment find(UUID id, LockModeType lock) {
    return Experiment.findById(id, lock);
  }
}
