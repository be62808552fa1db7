package fr.passerelle.platform.testing;

import fr.passerelle.contracts.security.Roles;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The suite's role table, {@code docs/roles.md}, checked against what a service serves: each
 * service has a section {@code ## `service-name`} holding one table, a row per operation ({@code
 * `GET /api/v1/sites/{id}`}) and a column per role ({@link #COLUMNS}), a cell holding ✓ (and maybe
 * a note on the scope) for a role the operation allows. The operation's roles are the ones its
 * OpenAPI document names in its security requirement, where every service publishes its
 * {@code @RolesAllowed}.
 *
 * <pre>{@code
 * assertThat(RoleTable.differences("referral-service", openApiDocument)).isEmpty();
 * }</pre>
 */
public final class RoleTable {

  /** The role columns of every table, in this order. */
  public static final List<String> COLUMNS =
      List.of(
          Roles.PE_ADVISOR,
          Roles.PE_COMPANY_ADVISOR,
          Roles.E2C_STAFF,
          Roles.E2C_COMPANY_OFFICER,
          Roles.DIRECTORY_ADMIN,
          Roles.STEERING,
          Roles.ADMIN,
          Roles.PE_SYSTEM,
          Roles.PARTNER,
          Roles.REFERRAL_SERVICE);

  private static final String ALLOWED = "✓";
  private static final Comparator<String> BY_PATH_THEN_METHOD =
      Comparator.<String, String>comparing(operation -> operation.substring(operation.indexOf(' ')))
          .thenComparing(Comparator.naturalOrder());

  private RoleTable() {}

  /**
   * What differs between the service's section of {@code docs/roles.md} (found from the working
   * directory up) and the served document, one sentence each; the last one, when any, is the
   * section as the document would have it.
   */
  public static List<String> differences(String service, String openApiDocument) {
    return differences(read(locate()), service, openApiDocument, Map.of());
  }

  /** The same, on the table's text. */
  public static List<String> differences(
      String table,
      String service,
      String openApiDocument,
      Map<String, Set<String>> augmentedRoles) {
    Map<String, Set<String>> documented = documented(table, service);
    Map<String, Set<String>> served = served(openApiDocument);
    served.values().forEach(roles -> expand(roles, augmentedRoles));
    List<String> differences = new ArrayList<>();
    if (documented.isEmpty()) {
      differences.add("docs/roles.md: no table under ## `" + service + "`");
    }
    for (Map.Entry<String, Set<String>> operation : served.entrySet()) {
      Set<String> roles = documented.get(operation.getKey());
      if (roles == null) {
        differences.add(operation.getKey() + ": served, not in the table");
      } else if (!roles.equals(operation.getValue())) {
        differences.add(
            operation.getKey()
                + ": the table says "
                + roles
                + ", the service allows "
                + operation.getValue());
      }
    }
    for (String operation : documented.keySet()) {
      if (!served.containsKey(operation)) {
        differences.add(operation + ": in the table, not served");
      }
    }
    if (!differences.isEmpty()) {
      differences.add("the section as served:\n" + render(served));
    }
    return differences;
  }

  private static void expand(Set<String> roles, Map<String, Set<String>> augmentedRoles) {
    augmentedRoles.forEach(
        (role, grantedTo) -> {
          if (roles.remove(role)) {
            roles.addAll(grantedTo);
          }
        });
  }

  /** The roles of each operation in the service's section: {@code "GET /api/v1/sites"} → roles. */
  static Map<String, Set<String>> documented(String table, String service) {
    Map<String, Set<String>> operations = new TreeMap<>();
    boolean inSection = false;
    List<String> header = null;
    for (String line : table.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("## ")) {
        inSection = trimmed.equals("## `" + service + "`");
        header = null;
        continue;
      }
      if (!inSection || !trimmed.startsWith("|")) {
        continue;
      }
      List<String> cells = cells(trimmed);
      if (header == null) {
        header = cells;
        continue;
      }
      if (cells.get(0).startsWith("-") || !cells.get(0).startsWith("`")) {
        continue;
      }
      Set<String> roles = new TreeSet<>();
      for (int i = 1; i < cells.size() && i < header.size(); i++) {
        String role = header.get(i).replace("`", "");
        if (COLUMNS.contains(role) && cells.get(i).contains(ALLOWED)) {
          roles.add(role);
        }
      }
      operations.put(cells.get(0).replace("`", ""), roles);
    }
    return operations;
  }

  /** The roles each operation of the document names in its security requirements. */
  static Map<String, Set<String>> served(String openApiDocument) {
    OpenAPI api = new OpenAPIV3Parser().readContents(openApiDocument).getOpenAPI();
    Map<String, Set<String>> operations = new TreeMap<>(BY_PATH_THEN_METHOD);
    if (api == null || api.getPaths() == null) {
      return operations;
    }
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> operation :
          path.getValue().readOperationsMap().entrySet()) {
        Set<String> roles = new TreeSet<>();
        List<SecurityRequirement> security = operation.getValue().getSecurity();
        if (security != null) {
          security.forEach(requirement -> requirement.values().forEach(roles::addAll));
        }
        operations.put(operation.getKey() + " " + path.getKey(), roles);
      }
    }
    return operations;
  }

  /** The section's table as the document has it, to paste into docs/roles.md. */
  static String render(Map<String, Set<String>> operations) {
    StringBuilder table = new StringBuilder("| operation |");
    COLUMNS.forEach(role -> table.append(" `").append(role).append("` |"));
    table.append("\n|---|");
    COLUMNS.forEach(role -> table.append("---|"));
    operations.forEach(
        (operation, roles) -> {
          table.append("\n| `").append(operation).append("` |");
          COLUMNS.forEach(role -> table.append(roles.contains(role) ? " ✓ |" : " |"));
          roles.stream()
              .filter(role -> !COLUMNS.contains(role))
              .forEach(role -> table.append(" (and `").append(role).append("`, no column)"));
        });
    return table.append('\n').toString();
  }

  private static List<String> cells(String row) {
    String inner = row.substring(1, row.endsWith("|") ? row.length() - 1 : row.length());
    List<String> cells = new ArrayList<>();
    for (String cell : inner.split("\\|", -1)) {
      cells.add(cell.strip());
    }
    return cells;
  }

  private static Path locate() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path table = dir.resolve("docs").resolve("roles.md");
      if (Files.isRegularFile(table)) {
        return table;
      }
    }
    throw new IllegalStateException("docs/roles.md not found from " + Path.of("").toAbsolutePath());
  }

  private static String read(Path table) {
    try {
      return Files.readString(table);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
