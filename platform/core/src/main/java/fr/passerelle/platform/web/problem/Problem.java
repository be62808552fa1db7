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
@Schema(name = "Problem", description = "RFC 9457 problem detail")
public final class Problem {

  public static final String MEDIA_TYPE = "application/problem+json";

  @Schema(
      description = "Identifies the kind of problem",
      example = "urn:passerelle:problem:validation")
  public final URI type;

  @Schema(description = "Short summary of the kind of problem", example = "Invalid request")
  public final String title;

  @Schema(description = "HTTP status code", example = "400")
  public final int status;

  @Schema(description = "What went wrong with this request, for a human reader")
  public final String detail;

  @Schema(description = "The request path", example = "/api/v1/sites")
  public final String instance;

  @Schema(description = "One entry per invalid field, when the request broke field rules")
  public final List<FieldError> errors;

  private final Map<String, Object> extensions;

  /** One invalid field: a JSON-pointer-like path ({@code address.postalCode}) and the rule. */
  @Schema(name = "FieldError")
  public record FieldError(
      @Schema(example = "address.postalCode") String field,
      @Schema(example = "must be a valid French postal code") String message) {}

  private Problem(Builder builder) {
    this.type = builder.type;
    this.title = builder.title;
    this.status = builder.status;
    this.detail = builder.detail;
    this.instance = builder.instance;
    this.errors = builder.errors == null ? null : List.copyOf(builder.errors);
    this.extensions = Map.copyOf(builder.extensions);
  }

  public static Builder of(ProblemType type) {
    return new Builder(type.uri(), type.title(), type.status());
  }

  public static Builder of(URI type, String title, int status) {
    return new Builder(type, title, status);
  }

  @JsonAnyGetter
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
