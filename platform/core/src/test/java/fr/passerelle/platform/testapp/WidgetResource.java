package fr.passerelle.platform.testapp;

import fr.passerelle.platform.identifiers.PostalCode;
import fr.passerelle.platform.identifiers.RomeCode;
import fr.passerelle.platform.web.idempotency.Idempotent;
import fr.passerelle.platform.web.pagination.Cursor;
import fr.passerelle.platform.web.pagination.Page;
import fr.passerelle.platform.web.pagination.PageRequest;
import fr.passerelle.platform.web.problem.ConflictException;
import fr.passerelle.platform.web.problem.PreconditionRequiredException;
import fr.passerelle.platform.web.problem.ResourceNotFoundException;
import fr.passerelle.platform.web.problem.RuleViolationException;
import fr.passerelle.platform.web.problem.StaleVersionException;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Endpoints of the proof application that exercise the platform's web building blocks. */
// Public on purpose, and says so: with deny-by-default an endpoint without an annotation is
// refused.
@PermitAll
@Path("/widgets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WidgetResource {

  /** Lets a test hold a request in flight. */
  public static volatile CountDownLatch gate = new CountDownLatch(0);

  public static final AtomicInteger CREATED = new AtomicInteger();
  static final ConcurrentSkipListMap<String, WidgetView> STORE = new ConcurrentSkipListMap<>();

  public record Address(@NotBlank String street, @NotNull @PostalCode String postalCode) {}

  public record CreateWidget(
      @NotBlank @Size(max = 50) String name,
      @Size(max = 3) List<@RomeCode String> romeCodes,
      @Valid Address address) {}

  public record WidgetView(UUID id, String name, long version) {}

  @POST
  @Idempotent
  public Response create(@Valid @NotNull CreateWidget request) throws InterruptedException {
    if (!gate.await(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("gate never opened");
    }
    if ("taken".equals(request.name())) {
      throw new ConflictException("a widget is already called taken", Map.of("name", "taken"));
    }
    if ("forbidden".equals(request.name())) {
      throw new RuleViolationException("name-reserved", "this name is reserved");
    }
    CREATED.incrementAndGet();
    WidgetView view = new WidgetView(UUID.randomUUID(), request.name(), 1);
    STORE.put(view.id().toString(), view);
    return Response.created(URI.create("/widgets/" + view.id())).entity(view).tag("\"1\"").build();
  }

  @GET
  @Path("/{id}")
  public WidgetView get(@PathParam("id") UUID id) {
    WidgetView view = STORE.get(id.toString());
    if (view == null) {
      throw new ResourceNotFoundException("widget", id);
    }
    return view;
  }

  @PUT
  @Path("/{id}")
  public WidgetView update(
      @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, CreateWidget request) {
    WidgetView current = get(id);
    if (ifMatch == null) {
      throw new PreconditionRequiredException();
    }
    if (!ifMatch.equals("\"" + current.version() + "\"")) {
      throw new StaleVersionException("widget", id, current.version());
    }
    return current;
  }

  @GET
  public Page<WidgetView> list(@Valid @BeanParam PageRequest page) {
    String after = page.cursor(1).map(c -> c.key(0)).orElse("");
    List<WidgetView> fetched =
        STORE.tailMap(after, false).values().stream().limit(page.limit() + 1L).toList();
    return Page.of(fetched, page.limit(), view -> Cursor.after(view.id()));
  }

  @GET
  @Path("/boom")
  public WidgetView boom() {
    throw new IllegalStateException("database password is hunter2");
  }
}
