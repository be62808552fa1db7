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
    int gateway,
    int gatewayManagement) {

  /** The fixed local defaults, or {@code PASSERELLE_<NAME>_PORT} when set. */
  public static Ports fromEnvironment() {
    return new Ports(
        env("POSTGRES", 15432),
        env("KAFKA", 19092),
        env("KAFKA_CONTROLLER", 19093),
        env("KEYCLOAK", 8180),
        env("KEYCLOAK_MANAGEMENT", 9180),
        env("DIRECTORY", 8081),
        env("DIRECTORY_MANAGEMENT", 9081),
        env("REFERRAL", 8082),
        env("REFERRAL_MANAGEMENT", 9082),
        env("PROSPECTION", 8083),
        env("PROSPECTION_MANAGEMENT", 9083),
        env("GATEWAY", 8080),
        env("GATEWAY_MANAGEMENT", 9080));
  }

  /** Ports free at this moment, for a stack that must not clash with another one (tests). */
  public static Ports free() {
    List<Integer> ports = new ArrayList<>();
    List<ServerSocket> held = new ArrayList<>();
    try {
      for (int i = 0; i < 13; i++) {
        ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        held.add(socket);
        ports.add(socket.getLocalPort());
      }
    } catch (IOException e) {
      throw new IllegalStateException("no free loopback port", e);
    } finally {
      held.forEach(Ports::closeQuietly);
    }
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
        ports.get(12));
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
