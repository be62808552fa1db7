package fr.passerelle.referral.submission;

import fr.passerelle.contracts.problem.ProblemType;
import fr.passerelle.platform.web.problem.Problem;
import fr.passerelle.platform.web.problem.Problem.FieldError;
import fr.passerelle.platform.web.problem.ProblemException;
import fr.passerelle.platform.web.problem.RuleViolationException;
import fr.passerelle.referral.submission.SubmissionApi.BulkResult;
import fr.passerelle.referral.submission.SubmissionApi.ItemOutcome;
import fr.passerelle.referral.submission.SubmissionApi.ItemResult;
import fr.passerelle.referral.submission.SubmissionApi.SubmitReferral;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Submits a batch item by item, each in its own transaction, so one bad item never blocks the
 * others. Items need an externalRef: a batch sent again reports the items already submitted instead
 * of creating them twice.
 */
@ApplicationScoped
public class BulkSubmissionService {

  private static final Logger LOG = Logger.getLogger(BulkSubmissionService.class);

  private final SubmissionService submissions;
  private final Validator validator;

  BulkSubmissionService(SubmissionService submissions, Validator validator) {
    this.submissions = submissions;
    this.validator = validator;
  }

  /**
   * @throws RuleViolationException (422) up front, before any item is submitted, for a batch that
   *     books more seats than can be booked within the gateway's timeout
   */
  public BulkResult submit(List<SubmitReferral> items, String instance) {
    long seats = items.stream().filter(item -> item.sessionId() != null).count();
    if (seats > SubmissionApi.MAX_BULK_SEATS) {
      throw new RuleViolationException(
          "bulk-too-many-seats",
          "a batch books at most "
              + SubmissionApi.MAX_BULK_SEATS
              + " session seats; submit the others without a session, or one by one",
          Map.of("seats", seats, "maxSeats", SubmissionApi.MAX_BULK_SEATS));
    }
    List<ItemResult> results = new ArrayList<>(items.size());
    for (int index = 0; index < items.size(); index++) {
      results.add(submitOne(index, items.get(index), instance));
    }
    int created = count(results, ItemOutcome.CREATED);
    int existing = count(results, ItemOutcome.ALREADY_SUBMITTED);
    int rejected = count(results, ItemOutcome.REJECTED);
    LOG.infof(
        "Bulk submission: %d created, %d already there, %d rejected", created, existing, rejected);
    return new BulkResult(created, existing, rejected, List.copyOf(results));
  }

  private ItemResult submitOne(int index, SubmitReferral item, String instance) {
    String ref = item.externalRef();
    Set<ConstraintViolation<SubmitReferral>> violations = validator.validate(item);
    if (!violations.isEmpty()) {
      return rejected(index, ref, invalid(violations, instance));
    }
    if (ref == null) {
      return rejected(
          index,
          ref,
          Problem.of(ProblemType.VALIDATION)
              .detail("1 field is invalid")
              .instance(instance)
              .errors(List.of(new FieldError("externalRef", "is required in a bulk submission")))
              .build());
    }
    try {
      var referral = QuarkusTransaction.requiringNew().call(() -> submissions.submit(item));
      return new ItemResult(index, ref, ItemOutcome.CREATED, 201, referral.view().id(), null);
    } catch (DuplicateSubmissionException e) {
      return new ItemResult(index, ref, ItemOutcome.ALREADY_SUBMITTED, 200, e.referralId(), null);
    } catch (ProblemException e) {
      return rejected(
          index,
          ref,
          Problem.of(e.type())
              .detail(e.getMessage())
              .instance(instance)
              .with(e.extensions())
              .build());
    } catch (RuntimeException e) {
      // The item's transaction rolled back; the others stand. No message: it may hold personal
      // data.
      LOG.errorf("Bulk item %d failed unexpectedly: %s", index, e.getClass().getName());
      return rejected(
          index,
          ref,
          Problem.of(ProblemType.INTERNAL)
              .detail("this item could not be submitted; send it again")
              .instance(instance)
              .build());
    }
  }

  private static Problem invalid(
      Set<ConstraintViolation<SubmitReferral>> violations, String instance) {
    List<FieldError> errors =
        violations.stream()
            .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
            .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
            .toList();
    return Problem.of(ProblemType.VALIDATION)
        .detail(errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid")
        .instance(instance)
        .errors(errors)
        .build();
  }

  private static ItemResult rejected(int index, String ref, Problem problem) {
    return new ItemResult(index, ref, ItemOutcome.REJECTED, problem.status, null, problem);
  }

  private static int count(List<ItemResult> results, ItemOutcome outcome) {
    return (int) results.stream().filter(r -> r.outcome() == outcome).count();
  }
}
