package fr.passerelle.local;

import java.util.ArrayList;
import java.util.List;

/** What the developer needs once the stack is up. */
final class Welcome {

  private final List<String> lines = new ArrayList<>();

  private Welcome() {}

  static void print(Stack stack) {
    lines(stack).forEach(System.out::println);
  }

  /** The lines printed, in order (the README shows them: a test compares). */
  static List<String> lines(Stack stack) {
    Welcome welcome = new Welcome();
    welcome.write(stack);
    return List.copyOf(welcome.lines);
  }

  private void println() {
    lines.add("");
  }

  private void println(String line) {
    lines.add(line);
  }

  private void write(Stack stack) {
    String gateway = stack.gatewayUrl();
    String token = stack.keycloak().tokenUrl();
    println();
    println("Passerelle is running (Ctrl-C or ./passerelle stop to stop it).");
    println(
        "Each component's PID and health: ./passerelle status;"
            + " restart one: ./passerelle restart <component>.");
    println();
    println("  Gateway     " + gateway);
    println("  Swagger UI  " + gateway + "/swagger-ui");
    println(
        "  Pilotage    "
            + gateway
            + "/steering/  (the steering page, in a browser: sign in as steering / demo)");
    println("  Directory   " + stack.directoryUrl() + "  (behind the gateway)");
    println("  Referral    " + stack.referralUrl() + "  (behind the gateway)");
    println("  Prospection " + stack.prospectionUrl() + "  (behind the gateway)");
    println("  Reporting   " + stack.reportingUrl() + "  (behind the gateway)");
    println("  Webhooks    " + stack.webhookUrl() + "  (behind the gateway)");
    println("  Keycloak    " + stack.keycloak().url() + "  (master admin: admin / admin)");
    println(
        "  Kafka       "
            + stack.kafka().bootstrapServers()
            + "  (bootstrap servers; topics and events: docs/events/README.md)");
    println(
        "  PostgreSQL  "
            + stack.database().address()
            + "  (a database, a user and its password named after each service)");
    for (String database : Stack.DATABASES) {
      println(
          String.format(
              "    %-11s %s  user %s, password %s",
              database, stack.database().jdbcUrl(database), database, database));
    }
    println("  Logs        " + stack.config().logs());
    println("  Memory      " + stack.totalRssMb() + " MB resident in all");
    println();
    println("Health, metrics and each service's OpenAPI document (management ports):");
    println("  gateway     " + stack.gatewayManagementUrl() + "/q/health  /q/metrics");
    println(
        "  directory   " + stack.directoryManagementUrl() + "/q/health  /q/metrics  /q/openapi");
    println("  referral    " + stack.referralManagementUrl() + "/q/health  /q/metrics  /q/openapi");
    println(
        "  prospection " + stack.prospectionManagementUrl() + "/q/health  /q/metrics  /q/openapi");
    println(
        "  reporting   " + stack.reportingManagementUrl() + "/q/health  /q/metrics  /q/openapi");
    println("  webhook     " + stack.webhookManagementUrl() + "/q/health  /q/metrics  /q/openapi");
    println();
    println("Demo accounts (password: demo), client passerelle-portal:");
    println("  advisor           Pôle emploi advisor (pe-advisor, agency 91001)");
    println(
        "  company-advisor   Pôle emploi company advisor (pe-company-advisor, agency 90001, Nord)");
    println("  e2c-staff         E2C staff of the first two demo sites (e2c-staff)");
    println(
        "  company-officer   E2C company-relations officer of the demo sites of the Nord"
            + " (e2c-company-officer)");
    println("  directory-admin   manages the directory (directory-admin)");
    println("  steering          steering committee: indicators, the directory's sites (steering)");
    println(
        "  admin             platform administrator: directory, erasure and access log; reads no"
            + " referral (admin)");
    println(
        "Machine clients (client credentials): pe-information-system / "
            + "demo-pe-information-system-secret, partner-demo / demo-partner-secret");
    println(
        "The referral service's own client (books seats in the directory): "
            + Stack.REFERRAL_CLIENT
            + " / "
            + Stack.REFERRAL_CLIENT_SECRET);
    println();
    println("Try it:");
    println(
        "  TOKEN=$(curl -s -d grant_type=password -d client_id=passerelle-portal -d username=advisor"
            + " -d password=demo "
            + token
            + " | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')");
    println(
        "  curl -s -H \"Authorization: Bearer $TOKEN\" '"
            + gateway
            + "/api/v1/sites/nearby?communeCode=59350&freeSeatsWithinDays=30'");
    println(
        "  PE=$(curl -s -d grant_type=client_credentials -d client_id=pe-information-system"
            + " -d client_secret=demo-pe-information-system-secret "
            + token
            + " | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')");
    println(
        "  curl -s -H \"Authorization: Bearer $PE\" '" + gateway + "/api/v1/referrals/changes'");
    println(
        "  CA=$(curl -s -d grant_type=password -d client_id=passerelle-portal"
            + " -d username=company-advisor -d password=demo "
            + token
            + " | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')");
    println(
        "  curl -s -H \"Authorization: Bearer $CA\" '"
            + gateway
            + "/api/v1/prospection/employers?ledBy=NOBODY&notContactedForDays=60'");
    println();
  }
}
