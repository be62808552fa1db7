package fr.passerelle.platform.web.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import fr.passerelle.contracts.problem.ProblemType;
import fr.passerelle.platform.web.problem.Problem.FieldError;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an RFC 9457 problem. The most specific mapper wins, so a service needs
 * none of its own: it throws a {@link ProblemException} subtype and gets the right status.
 */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  /** serialization_failure, deadlock_detected, lock_not_available. */
  private static final Set<String> TRANSIENT_SQL_STATES = Set.of("40001", "40P01", "55P03");

  @ServerExceptionMapper
  public Response meaningful(ProblemException e, HttpServerRequest request) {
    Response.ResponseBuilder response =
        Response.fromResponse(
            Problem.of(e.type())
                .detail(e.getMessage())
                .instance(request.path())
                .with(e.extensions())
                .errors(e.errors().isEmpty() ? null : e.errors())
                .build()
                .toResponse());
    e.headers().forEach(response::header);
    return response.build();
  }

  @ServerExceptionMapper
  public Response invalidFields(ConstraintViolationException e, HttpServerRequest request) {
    if (e.getConstraintViolations().stream().anyMatch(ProblemMappers::isReturnValue)) {
      return unexpected(e, request);
    }
    List<FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new FieldError(fieldPath(v.getPropertyPath()), v.getMessage()))
            .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
            .collect(Collectors.toList());
    return Problem.of(ProblemType.VALIDATION)
        .detail(errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid")
        .instance(request.path())
        .errors(errors)
        .build()
        .toResponse();
  }

  /** Quarkus REST has its own mapper for this subtype: the exact type is needed to win. */
  @ServerExceptionMapper(priority = Priorities.USER - 100)
  public Response wrongJsonType(MismatchedInputException e, HttpServerRequest request) {
    return malformedJson(e, request);
  }

  @ServerExceptionMapper
  public Response malformedJson(JsonProcessingException e, HttpServerRequest request) {
    return Problem.of(ProblemType.MALFORMED_JSON)
        .detail(describe(e))
        .instance(request.path())
        .build()
        .toResponse();
  }

  @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
  public Response unauthenticated(RuntimeException e, HttpServerRequest request) {
    return Response.fromResponse(
            Problem.of(ProblemType.UNAUTHENTICATED)
                .detail("a valid bearer token is required")
                .instance(request.path())
                .build()
                .toResponse())
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .build();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, HttpServerRequest request) {
    return Problem.of(ProblemType.FORBIDDEN)
        .detail("your roles do not allow this operation")
        .instance(request.path())
        .build()
        .toResponse();
  }

  @ServerExceptionMapper
  public Response framework(WebApplicationException e, HttpServerRequest request) {
    if (e.getCause() instanceof JsonProcessingException json) {
      return malformedJson(json, request);
    }
    int status = e.getResponse().getStatus();
    if (status >= 500) {
      return unexpected(e, request);
    }
    ProblemType type = ProblemType.forStatus(status);
    Response.ResponseBuilder response =
        Response.fromResponse(
            Problem.of(type.uri(), type.title(), status)
                .detail(frameworkDetail(status, request))
                .instance(request.path())
                .build()
                .toResponse());
    String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
    if (allow != null) {
      response.header(HttpHeaders.ALLOW, allow);
    }
    return response.build();
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable e, HttpServerRequest request) {
    if (closedByClient(e)) {
      return clientGone(request);
    }
    String transientState = transientDatabaseState(e);
    if (transientState != null) {
      return retryLater(transientState, request);
    }
    String referenceId = UUID.randomUUID().toString();
    LOG.errorf(
        e,
        "Unexpected failure, reference %s, on %s %s",
        referenceId,
        request.method(),
        request.path());
    return Problem.of(ProblemType.INTERNAL)
        .detail("an unexpected error occurred; quote the reference id to the support team")
        .instance(request.path())
        .with("referenceId", referenceId)
        .build()
        .toResponse();
  }

  /**
   * A client that closes its connection while its body is read (an upload aborted, a gateway giving
   * up) is not a server failure: one line, no stack trace, and an answer no one will receive.
   */
  private static Response clientGone(HttpServerRequest request) {
    LOG.infof(
        "The client closed the connection before its request was read, on %s %s",
        request.method(), request.path());
    return Problem.of(ProblemType.VALIDATION)
        .detail("the connection was closed before the request was read")
        .instance(request.path())
        .build()
        .toResponse();
  }

  /**
   * A transaction the database ended because it collided with another one (a deadlock, a
   * serialization failure, a lock not obtained in time) changed nothing and will most likely pass
   * if sent again: 503 with {@code Retry-After}, one line in the log, no stack trace.
   */
  private static Response retryLater(String sqlState, HttpServerRequest request) {
    LOG.warnf(
        "The database ended a transaction that collided with another (SQLState %s), on %s %s;"
            + " answered 503",
        sqlState, request.method(), request.path());
    return Response.fromResponse(
            Problem.of(ProblemType.UNAVAILABLE)
                .detail(
                    "the request collided with another one on the same data; nothing changed,"
                        + " retry")
                .instance(request.path())
                .build()
                .toResponse())
        .header(HttpHeaders.RETRY_AFTER, "1")
        .build();
  }

  /** The SQLState of a deadlock, serialization failure or lock timeout in the causes, or null. */
  private static String transientDatabaseState(Throwable failure) {
    return causes(failure)
        .filter(SQLException.class::isInstance)
        .map(cause -> ((SQLException) cause).getSQLState())
        .filter(TRANSIENT_SQL_STATES::contains)
        .findFirst()
        .orElse(null);
  }

  private static boolean closedByClient(Throwable failure) {
    return causes(failure)
        .anyMatch(
            cause ->
                cause instanceof HttpClosedException || cause instanceof ClosedChannelException);
  }

  /** The failure and its causes, at most ten deep (a cause chain may loop). */
  private static Stream<Throwable> causes(Throwable failure) {
    return Stream.iterate(failure, Objects::nonNull, Throwable::getCause).limit(10);
  }

  private static String frameworkDetail(int status, HttpServerRequest request) {
    return switch (status) {
      case 404 -> "no resource at " + request.path();
      case 405 -> request.method() + " is not allowed on " + request.path();
      case 406 -> "this resource answers application/json only";
      case 415 -> "send the body as application/json";
      default ->
          Response.Status.fromStatusCode(status) == null
              ? "request refused"
              : Response.Status.fromStatusCode(status).getReasonPhrase();
    };
  }

  private static boolean isReturnValue(ConstraintViolation<?> violation) {
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.RETURN_VALUE) {
        return true;
      }
    }
    return false;
  }

  /**
   * The path a caller recognises: {@code address.postalCode}, {@code romeCodes[1]}, or the query
   * parameter's name; the Java method and body parameter names are dropped.
   */
  static String fieldPath(Path path) {
    List<String> parts = new ArrayList<>();
    String parameter = null;
    for (Path.Node node : path) {
      ElementKind kind = node.getKind();
      if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
        continue;
      }
      if (kind == ElementKind.PARAMETER) {
        parameter = node.getName();
        continue;
      }
      if (node.isInIterable() && !parts.isEmpty()) {
        Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
        if (position != null) {
          parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + position + "]");
        }
      }
      if (kind != ElementKind.CONTAINER_ELEMENT
          && kind != ElementKind.BEAN
          && node.getName() != null) {
        parts.add(node.getName());
      }
    }
    if (parts.isEmpty()) {
      return parameter == null ? "" : parameter;
    }
    return String.join(".", parts);
  }

  private static String describe(JsonProcessingException e) {
    StringBuilder detail = new StringBuilder();
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      detail.append("field '").append(pointer(mapping)).append("' has the wrong type or format");
    } else {
      detail.append("the body is not valid JSON");
    }
    JsonLocation location = e.getLocation();
    if (location != null && location.getLineNr() > 0) {
      detail
          .append(" (line ")
          .append(location.getLineNr())
          .append(", column ")
          .append(location.getColumnNr())
          .append(')');
    }
    return detail.toString();
  }

  private static String pointer(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
