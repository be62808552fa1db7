package fr.passerelle.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The loopback ports of the stack, each overridable by an environment variable. */
public record Ports(
    int postgres,
    int kafka,
    int kafkaController,
    int keycloak,
    int keycloakManagement,
    int directory,
    int directoryManagement,
    int referral,
    int referralManagement,
    int prospection,
    int prospectionManagement,
    int reporting,
    int reportingManagement,
    int webhook,
    int webhookManagement,
    int gateway,
    int gatewayManagement) {

  /** The fixed local defaults, the ports the READMEs show. */
  public static Ports defaults() {
    return new Ports(
        15432, // postgres
        19092, // kafka
        19093, // kafka controller
        8180, // keycloak
        9180, // keycloak management
        8081, // directory
        9081, // directory management
        8082, // referral
        9082, // referral management
        8083, // prospection
        9083, // prospection management
        8084, // reporting
        9084, // reporting management
        8085, // webhook
        9085, // webhook management
        8080, // gateway
        9080); // gateway management
  }

  /** The defaults, each replaced by {@code PASSERELLE_<NAME>_PORT} when set. */
  public static Ports fromEnvironment() {
    Map<String, Integer> ports = new LinkedHashMap<>();
    defaults().byName().forEach((name, port) -> ports.put(name, env(name, port)));
    return of(new ArrayList<>(ports.values()));
  }

  /** Ports free at this moment, for a stack that must not clash with another one (tests). */
  public static Ports free() {
    List<Integer> ports = new ArrayList<>();
    List<ServerSocket> held = new ArrayList<>();
    try {
      for (int i = 0; i < defaults().byName().size(); i++) {
        ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        held.add(socket);
        ports.add(socket.getLocalPort());
      }
    } catch (IOException e) {
      throw new IllegalStateException("no free loopback port", e);
    } finally {
      held.forEach(Ports::closeQuietly);
    }
    return of(ports);
  }

  /** In the order of {@link #byName()}. */
  private static Ports of(List<Integer> ports) {
    return new Ports(
        ports.get(0),
        ports.get(1),
        ports.get(2),
        ports.get(3),
        ports.get(4),
        ports.get(5),
        ports.get(6),
        ports.get(7),
        ports.get(8),
        ports.get(9),
        ports.get(10),
        ports.get(11),
        ports.get(12),
        ports.get(13),
        ports.get(14),
        ports.get(15),
        ports.get(16));
  }

  /** Each port's name, for messages. */
  public Map<String, Integer> byName() {
    Map<String, Integer> named = new LinkedHashMap<>();
    named.put("POSTGRES", postgres);
    named.put("KAFKA", kafka);
    named.put("KAFKA_CONTROLLER", kafkaController);
    named.put("KEYCLOAK", keycloak);
    named.put("KEYCLOAK_MANAGEMENT", keycloakManagement);
    named.put("DIRECTORY", directory);
    named.put("DIRECTORY_MANAGEMENT", directoryManagement);
    named.put("REFERRAL", referral);
    named.put("REFERRAL_MANAGEMENT", referralManagement);
    named.put("PROSPECTION", prospection);
    named.put("PROSPECTION_MANAGEMENT", prospectionManagement);
    named.put("REPORTING", reporting);
    named.put("REPORTING_MANAGEMENT", reportingManagement);
    named.put("WEBHOOK", webhook);
    named.put("WEBHOOK_MANAGEMENT", webhookManagement);
    named.put("GATEWAY", gateway);
    named.put("GATEWAY_MANAGEMENT", gatewayManagement);
    return named;
  }

  /**
   * @throws IllegalStateException naming each port already in use and how to move it
   */
  public void requireFree() {
    List<String> busy = new ArrayList<>();
    byName()
        .forEach(
            (name, port) -> {
              try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
              } catch (IOException e) {
                busy.add(
                    "port "
                        + port
                        + " ("
                        + name.toLowerCase().replace('_', ' ')
                        + ") is in use: free it or set PASSERELLE_"
                        + name
                        + "_PORT");
              }
            });
    if (!busy.isEmpty()) {
      throw new IllegalStateException(String.join("\n", busy));
    }
  }

  private static int env(String name, int fallback) {
    String value = System.getenv("PASSERELLE_" + name + "_PORT");
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("PASSERELLE_" + name + "_PORT is not a port: " + value);
    }
  }

  private static void closeQuietly(ServerSocket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // the port stays free either way
    }
  }
}
