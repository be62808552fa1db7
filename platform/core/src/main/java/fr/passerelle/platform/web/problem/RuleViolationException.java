package fr.passerelle.platform.web.problem;

import fr.passerelle.contracts.problem.ProblemType;
import java.util.LinkedHashMap;
import java.util.Map;

/** 422: a well-formed request that a business rule refuses; {@code code} names the rule. */
public class RuleViolationException extends ProblemException {

  public RuleViolationException(String code, String detail) {
    this(code, detail, Map.of());
  }

  public RuleViolationException(String code, String detail, Map<String, Object> extensions) {
    super(ProblemType.RULE_VIOLATED, detail, withCode(code, extensions));
  }

  private static Map<String, Object> withCode(String code, Map<String, Object> extensions) {
    Map<String, Object> all = new LinkedHashMap<>(extensions);
    all.put("code", code);
    return all;
  }
}
