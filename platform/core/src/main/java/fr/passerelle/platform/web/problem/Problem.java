package fr.passerelle.platform.web.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.passerelle.contracts.problem.ProblemType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail: the body of every error response ({@code application/problem+json}).
 * Extension members (for example {@code referenceId} or {@code allowed}) are written at the top
 * level, as the RFC asks.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
// additionalProperties: the extension members (RFC 9457 section 3.2) each problem type adds.
@Schema(
    name = "Problem",
    description = "RFC 9457 problem detail",
    additionalProperties = Schema.True.class)
public final class Problem {

  public static final String MEDIA_TYPE = "application/problem+json";

  // The bounds the document declares, and that every problem keeps: the texts are ours, but a
  // path or a field path can echo what a caller sent.
  static final int MAX_TEXT = 2000;
  static final int MAX_PATH = 500;
  static final int MAX_ERRORS = 100;

  @Schema(
      description = "Identifies the kind of problem",
      maxLength = 200,
      example = "urn:passerelle:problem:validation")
  public final URI type;

  @Schema(
      description = "Short summary of the kind of problem",
      maxLength = 200,
      example = "Invalid request")
  public final String title;

  @Schema(description = "HTTP status code", minimum = "400", maximum = "599", example = "400")
  public final int status;

  @Schema(
      description = "What went wrong with this request, for a human reader",
      maxLength = MAX_TEXT)
  public final String detail;

  @Schema(
      description = "The request path (its first " + MAX_TEXT + " characters)",
      maxLength = MAX_TEXT,
      example = "/api/v1/sites")
  public final String instance;

  @Schema(
      description =
          "One entry per invalid field, when the request broke field rules (the first "
              + MAX_ERRORS
              + "; detail gives their number)",
      maxItems = MAX_ERRORS)
  public final List<FieldError> errors;

  private final Map<String, Object> extensions;

  /** One invalid field: a JSON-pointer-like path ({@code address.postalCode}) and the rule. */
  @Schema(name = "FieldError")
  public record FieldError(
      @Schema(maxLength = MAX_PATH, example = "address.postalCode") String field,
      @Schema(maxLength = MAX_TEXT, example = "must be a valid French postal code")
          String message) {

    public FieldError {
      field = bounded(field, MAX_PATH);
      message = bounded(message, MAX_TEXT);
    }
  }

  private Problem(Builder builder) {
    this.type = builder.type;
    this.title = builder.title;
    this.status = builder.status;
    this.detail = bounded(builder.detail, MAX_TEXT);
    this.instance = bounded(builder.instance, MAX_TEXT);
    this.errors =
        builder.errors == null
            ? null
            : List.copyOf(builder.errors.subList(0, Math.min(builder.errors.size(), MAX_ERRORS)));
    this.extensions = Map.copyOf(builder.extensions);
  }

  private static String bounded(String text, int maxLength) {
    return text == null || text.length() <= maxLength ? text : text.substring(0, maxLength);
  }

  public static Builder of(ProblemType type) {
    return new Builder(type.uri(), type.title(), type.status());
  }

  public static Builder of(URI type, String title, int status) {
    return new Builder(type, title, status);
  }

  @JsonAnyGetter
  @Schema(hidden = true) // written as top-level members, not as a member of their own
  public Map<String, Object> extensions() {
    return extensions;
  }

  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(this).build();
  }

  public static final class Builder {
    private final URI type;
    private final String title;
    private final int status;
    private String detail;
    private String instance;
    private List<FieldError> errors;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    private Builder(URI type, String title, int status) {
      this.type = type;
      this.title = title;
      this.status = status;
    }

    public Builder detail(String value) {
      this.detail = value;
      return this;
    }

    public Builder instance(String value) {
      this.instance = value;
      return this;
    }

    public Builder errors(List<FieldError> value) {
      this.errors = value;
      return this;
    }

    public Builder with(String member, Object value) {
      if (value != null) {
        extensions.put(member, value);
      }
      return this;
    }

    public Builder with(Map<String, Object> members) {
      members.forEach(this::with);
      return this;
    }

    public Problem build() {
      return new Problem(this);
    }
  }
}
