package fr.passerelle.platform.web.idempotency;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import fr.passerelle.contracts.http.Headers;
import fr.passerelle.contracts.problem.ProblemType;
import fr.passerelle.platform.security.Caller;
import fr.passerelle.platform.web.problem.InvalidRequestException;
import fr.passerelle.platform.web.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Implements {@link Idempotent}. Runs before {@code @Transactional}, and opens (or joins) the
 * transaction itself: it claims the key, runs the resource method and stores the response in that
 * one transaction, so that the change and its stored response commit or roll back together, and a
 * failed attempt leaves the key free. A concurrent duplicate finds the key claimed and gets 409.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class IdempotencyInterceptor {

  public static final String REPLAYED = "Idempotent-Replayed";

  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
  private static final List<String> KEPT_HEADERS =
      List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG, HttpHeaders.CONTENT_LOCATION);
  private static final ObjectMapper CANONICAL =
      JsonMapper.builder()
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          // @BeanParam classes (the target of a move) hold their values in fields, not getters.
          .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .findAndAddModules()
          .build();

  @Inject HttpServerRequest request;
  @Inject Caller caller;
  @Inject IdempotencyStore store;
  @Inject ObjectMapper mapper;

  @AroundInvoke
  Object around(InvocationContext invocation) throws Exception {
    String key = request.getHeader(Headers.IDEMPOTENCY_KEY);
    if (key == null) {
      if (invocation.getMethod().getAnnotation(Idempotent.class) != null
          && invocation.getMethod().getAnnotation(Idempotent.class).required()) {
        throw new InvalidRequestException("this operation requires an Idempotency-Key header");
      }
      return invocation.proceed();
    }
    if (!KEY.matcher(key).matches()) {
      throw new InvalidRequestException(
          "Idempotency-Key must be 1 to 255 visible ASCII characters");
    }
    String client = caller.actor();
    String path = request.path();
    String requestHash = requestHash(invocation, path);
    return QuarkusTransaction.joiningExisting()
        .call(
            () -> {
              IdempotencyStore.Claim claim = store.claim(client, key, requestHash);
              if (claim instanceof IdempotencyStore.Replay replay) {
                return replay(invocation.getMethod(), replay.response());
              }
              if (claim instanceof IdempotencyStore.DifferentRequest) {
                throw new KeyProblem(
                    ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "this Idempotency-Key was used for a different request; use a new key");
              }
              if (claim instanceof IdempotencyStore.InProgress) {
                throw new KeyProblem(
                    ProblemType.IDEMPOTENCY_KEY_IN_USE,
                    "a request with this Idempotency-Key is still being processed; retry later");
              }
              Object result = invocation.proceed();
              store.complete(client, key, requestHash, path, toStored(result));
              return result;
            });
  }

  private StoredResponse toStored(Object result) throws Exception {
    Response response;
    if (result instanceof Response jaxrs) {
      response = jaxrs;
    } else if (result instanceof RestResponse<?> rest) {
      response = rest.toResponse();
    } else {
      throw new IllegalStateException("@Idempotent methods must return Response or RestResponse");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (String name : KEPT_HEADERS) {
      String value = response.getHeaderString(name);
      if (value != null) {
        headers.put(name, value);
      }
    }
    Object entity = response.getEntity();
    String body =
        entity == null ? null : entity instanceof String s ? s : mapper.writeValueAsString(entity);
    return new StoredResponse(response.getStatus(), headers, body);
  }

  private static Object replay(Method method, StoredResponse stored) {
    Response.ResponseBuilder builder = Response.status(stored.status()).header(REPLAYED, "true");
    stored.headers().forEach(builder::header);
    if (stored.body() != null) {
      builder.entity(stored.body()).type(MediaType.APPLICATION_JSON_TYPE);
    }
    Response response = builder.build();
    return RestResponse.class.isAssignableFrom(method.getReturnType())
        ? RestResponse.ResponseBuilder.create(response.getStatus())
            .entity(response.getEntity())
            .replaceAll(response.getHeaders())
            .build()
        : response;
  }

  /** Method, path and the request's parameters as canonical JSON (key order, spacing ignored). */
  private static String requestHash(InvocationContext invocation, String path) throws Exception {
    List<Object> parts = new ArrayList<>();
    parts.add(invocation.getMethod().getName());
    parts.add(path);
    Annotation[][] annotations = invocation.getMethod().getParameterAnnotations();
    Object[] parameters = invocation.getParameters();
    for (int i = 0; i < parameters.length; i++) {
      if (!isContext(annotations[i])) {
        parts.add(parameters[i]);
      }
    }
    byte[] canonical = CANONICAL.writeValueAsBytes(parts);
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
  }

  private static boolean isContext(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation.annotationType() == Context.class) {
        return true;
      }
    }
    return false;
  }

  /** 422 for a key reused with another request, 409 while the first request runs. */
  static final class KeyProblem extends ProblemException {
    KeyProblem(ProblemType type, String detail) {
      super(type, detail, Map.of());
    }
  }
}
