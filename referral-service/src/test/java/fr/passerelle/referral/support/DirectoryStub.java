package fr.passerelle.referral.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The directory's reservation API and the OIDC token endpoint, over real HTTP on loopback: a
 * reservation is answered only for the service's own client-credentials token, as the directory
 * does. Tests choose per session what the directory answers.
 */
public class DirectoryStub implements QuarkusTestResourceLifecycleManager {

  public static final String SERVICE_TOKEN = "service-token-for-referral";
  private static WireMockServer server;

  @Override
  public synchronized Map<String, String> start() {
    if (server == null) {
      server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
      server.start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "directory-stub-shutdown"));
      server.stubFor(
          post(urlEqualTo("/token"))
              .withRequestBody(
                  com.github.tomakehurst.wiremock.client.WireMock.containing(
                      "grant_type=client_credentials"))
              .willReturn(
                  aResponse()
                      .withHeader("Content-Type", "application/json")
                      .withBody(
                          "{\"access_token\":\""
                              + SERVICE_TOKEN
                              + "\",\"token_type\":\"Bearer\",\"expires_in\":300}")));
      server.stubFor(
          put(urlPathMatching("/api/v1/sessions/.*/reservations/.*"))
              .atPriority(10)
              .willReturn(aResponse().withStatus(401)));
      server.stubFor(
          delete(urlPathMatching("/api/v1/sessions/.*/reservations/.*"))
              .withHeader("Authorization", equalTo("Bearer " + SERVICE_TOKEN))
              .willReturn(aResponse().withStatus(204)));
    }
    String url = "http://127.0.0.1:" + server.port();
    return Map.of(
        "quarkus.rest-client.directory.url",
        url,
        "quarkus.oidc-client.auth-server-url",
        url,
        "quarkus.oidc-client.discovery-enabled",
        "false",
        "quarkus.oidc-client.token-path",
        "/token");
  }

  /**
   * The session has seats at this site: bookings get 201 with the site. It is said to start now, so
   * that attendance may be recorded right after the invitation; see the overload for a later one.
   */
  public static void sessionWithSeats(UUID sessionId, UUID siteId) {
    sessionWithSeats(sessionId, siteId, Instant.now());
  }

  /** The same, for a session that starts at this time. */
  public static void sessionWithSeats(UUID sessionId, UUID siteId, Instant startsAt) {
    answerBookings(
        sessionId,
        201,
        "application/json",
        ("{\"sessionId\":\"%s\",\"siteId\":\"%s\",\"sessionStartsAt\":\"%s\","
                + "\"status\":\"BOOKED\",\"seatsLeft\":3}")
            .formatted(sessionId, siteId, startsAt));
  }

  /** The session is full: the directory's 409 problem. */
  public static void fullSession(UUID sessionId) {
    answerBookings(
        sessionId,
        409,
        "application/problem+json",
        ("{\"type\":\"urn:passerelle:problem:conflict\",\"title\":\"Conflict\","
                + "\"status\":409,\"detail\":\"session %s is full\"}")
            .formatted(sessionId));
  }

  /** What the directory answers the service's own token booking a seat in this session. */
  private static void answerBookings(UUID sessionId, int status, String type, String body) {
    server.stubFor(
        put(urlPathMatching("/api/v1/sessions/" + sessionId + "/reservations/.*"))
            .withHeader("Authorization", equalTo("Bearer " + SERVICE_TOKEN))
            .willReturn(
                aResponse().withStatus(status).withHeader("Content-Type", type).withBody(body)));
  }

  /** The directory does not know this session: its 404 problem. */
  public static void unknownSession(UUID sessionId) {
    answerBookings(
        sessionId,
        404,
        "application/problem+json",
        "{\"type\":\"urn:passerelle:problem:not-found\",\"status\":404}");
  }

  /** The directory answers a booking with a body that is not its reservation: a broken answer. */
  public static void garbledSession(UUID sessionId) {
    answerBookings(sessionId, 201, "application/json", "{\"siteId\": [");
  }

  /** The directory takes longer than the service waits. */
  public static void slowSession(UUID sessionId) {
    server.stubFor(
        put(urlPathMatching("/api/v1/sessions/" + sessionId + "/reservations/.*"))
            .willReturn(aResponse().withStatus(201).withFixedDelay(3_000)));
  }

  /** How many times a referral's seat was given back. */
  public static int releases(UUID sessionId, UUID referralId) {
    return server
        .findAll(
            com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor(
                urlEqualTo("/api/v1/sessions/" + sessionId + "/reservations/" + referralId)))
        .size();
  }

  @Override
  public void stop() {
    // Shared by every Quarkus start of this JVM; a shutdown hook stops it.
  }
}
