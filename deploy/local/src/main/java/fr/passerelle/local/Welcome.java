package fr.passerelle.local;

/** What the developer needs once the stack is up. */
final class Welcome {

  private Welcome() {}

  static void print(Stack stack) {
    String gateway = stack.gatewayUrl();
    String token = stack.keycloak().tokenUrl();
    System.out.println();
    System.out.println("Passerelle is running (Ctrl-C or ./passerelle stop to stop it).");
    System.out.println();
    System.out.println("  Gateway     " + gateway);
    System.out.println("  Swagger UI  " + gateway + "/swagger-ui");
    System.out.println("  Directory   " + stack.directoryUrl() + "  (behind the gateway)");
    System.out.println("  Referral    " + stack.referralUrl() + "  (behind the gateway)");
    System.out.println("  Prospection " + stack.prospectionUrl() + "  (behind the gateway)");
    System.out.println(
        "  Keycloak    " + stack.keycloak().url() + "  (master admin: admin / admin)");
    System.out.println("  Logs        " + stack.config().logs());
    System.out.println("  Memory      " + stack.totalRssMb() + " MB resident in all");
    System.out.println();
    System.out.println("Health, metrics and each service's OpenAPI document (management ports):");
    System.out.println("  gateway     " + stack.gatewayManagementUrl() + "/q/health  /q/metrics");
    System.out.println(
        "  directory   " + stack.directoryManagementUrl() + "/q/health  /q/metrics  /q/openapi");
    System.out.println(
        "  referral    " + stack.referralManagementUrl() + "/q/health  /q/metrics  /q/openapi");
    System.out.println(
        "  prospection " + stack.prospectionManagementUrl() + "/q/health  /q/metrics  /q/openapi");
    System.out.println();
    System.out.println("Demo accounts (password: demo), client passerelle-portal:");
    System.out.println("  advisor           Pôle emploi advisor (pe-advisor, agency 91001)");
    System.out.println(
        "  company-advisor   Pôle emploi company advisor (pe-company-advisor, agency 90001, Nord)");
    System.out.println("  e2c-staff         E2C staff of the first two demo sites (e2c-staff)");
    System.out.println(
        "  company-officer   E2C company-relations officer of the demo sites of the Nord"
            + " (e2c-company-officer)");
    System.out.println("  directory-admin   manages the directory (directory-admin)");
    System.out.println("  steering          steering committee (steering)");
    System.out.println("  admin             everything (admin)");
    System.out.println(
        "Machine clients (client credentials): pe-information-system / "
            + "demo-pe-information-system-secret, partner-demo / demo-partner-secret");
    System.out.println(
        "The referral service's own client (books seats in the directory): "
            + Stack.REFERRAL_CLIENT
            + " / "
            + Stack.REFERRAL_CLIENT_SECRET);
    System.out.println();
    System.out.println("Try it:");
    System.out.println(
        "  TOKEN=$(curl -s -d grant_type=password -d client_id=passerelle-portal -d username=advisor"
            + " -d password=demo "
            + token
            + " | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')");
    System.out.println(
        "  curl -s -H \"Authorization: Bearer $TOKEN\" '"
            + gateway
            + "/api/v1/sites/nearby?communeCode=59350&freeSeatsWithinDays=30'");
    System.out.println(
        "  PE=$(curl -s -d grant_type=client_credentials -d client_id=pe-information-system"
            + " -d client_secret=demo-pe-information-system-secret "
            + token
            + " | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')");
    System.out.println(
        "  curl -s -H \"Authorization: Bearer $PE\" '" + gateway + "/api/v1/referrals/changes'");
    System.out.println(
        "  CA=$(curl -s -d grant_type=password -d client_id=passerelle-portal"
            + " -d username=company-advisor -d password=demo "
            + token
            + " | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')");
    System.out.println(
        "  curl -s -H \"Authorization: Bearer $CA\" '"
            + gateway
            + "/api/v1/prospection/employers?ledBy=NOBODY&notContactedForDays=60'");
    System.out.println();
  }
}
