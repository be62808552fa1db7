package fr.passerelle.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The prospection demo data of deploy/demo-data/DEMO-prospection.json, loaded through the gateway
 * with the demo company advisor's and officer's own tokens: a few hundred fictitious employers over
 * the demo departments, their contacts (done and planned), leads, a few contacts agreed with the
 * other network's lead, and openings. Skipped when the prospection service has employers already.
 *
 * <p>A registration needs the commune in the caller's territory, so for each department the demo
 * company advisor is given that department's demo agency, one token at a time (a token keeps the
 * claims it was issued with), and the demo officer every demo site at once; afterwards {@link
 * #scopeDemoUsers} gives both their own scope back: agency {@value #DEMO_AGENCY} and the demo sites
 * of department {@value #DEMO_DEPARTMENT}.
 */
final class ProspectionDemoData {

  static final String ADVISOR = "company-advisor";
  static final String OFFICER = "company-officer";

  /** The demo company advisor's own agency (France Travail DEMO Lille). */
  static final String DEMO_AGENCY = "90001";

  /** The department of the demo users' own scope: it has three demo sites. */
  static final String DEMO_DEPARTMENT = "59";

  private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

  /** How long the prospection service may take to learn the demo agencies and sites. */
  private static final Duration TERRITORY_KNOWN_WITHIN = Duration.ofSeconds(90);

  private static final String[] CHANNELS = {"VISIT", "PHONE", "EMAIL", "PHONE", "EMPLOYER_EVENT"};
  private static final String[] PE_PURPOSES = {
    "RECRUITMENT_NEED", "PRESENTATION_PE_SERVICES", "APPRENTICESHIP", "EVENT_INVITATION"
  };
  private static final String[] E2C_PURPOSES = {
    "COMPANY_IMMERSION", "PRESENTATION_E2C", "INTERNSHIP", "APPRENTICESHIP"
  };
  private static final String[] OUTCOMES = {
    "Interested, asked for profiles in the spring",
    "No need for now, call back after the summer",
    "Open to company immersions of two weeks",
    "Would host a visit of E2C learners",
    "Recruits seasonal staff every year",
  };

  private final String gateway;
  private final JsonNode demo;
  private final Keycloak keycloak;
  private final Tokens tokens;
  private final LocalDate today = LocalDate.now(FRANCE);
  private final AtomicInteger requests = new AtomicInteger();

  ProspectionDemoData(String gateway, Path root, Keycloak keycloak, Tokens tokens)
      throws IOException {
    this.gateway = gateway;
    this.demo = Http.JSON.readTree(root.resolve("deploy/demo-data/DEMO-prospection.json").toFile());
    this.keycloak = keycloak;
    this.tokens = tokens;
  }

  /** What one load made, for the progress output. */
  record Loaded(int employers, int contacts, int leads, int openings, int requests) {

    boolean isEmpty() {
      return employers == 0;
    }

    @Override
    public String toString() {
      return employers
          + " employers, "
          + contacts
          + " contacts, "
          + leads
          + " leads, "
          + openings
          + " openings ("
          + requests
          + " requests)";
    }
  }

  /** The demo sites' ids by their code, as the directory holds them. */
  Map<String, String> siteIds(String directoryAdminToken) throws IOException, InterruptedException {
    Map<String, String> ids = new HashMap<>();
    String cursor = null;
    do {
      String url =
          gateway
              + "/api/v1/sites?limit=100"
              + (cursor == null
                  ? ""
                  : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
      JsonNode page = Http.send("GET", url, directoryAdminToken, null);
      for (JsonNode site : page.get("items")) {
        if (site.path("code").asText().startsWith("demo-")) {
          ids.put(site.get("code").asText(), site.get("id").asText());
        }
      }
      cursor = page.hasNonNull("nextCursor") ? page.get("nextCursor").asText() : null;
    } while (cursor != null);
    return ids;
  }

  /**
   * Gives the demo company advisor agency {@value #DEMO_AGENCY} and the demo officer the demo sites
   * of department {@value #DEMO_DEPARTMENT}, whatever they had (a realm imported before they had a
   * scope, or a load interrupted while it borrowed them).
   *
   * @return what changed, for the progress output; empty when both had their scope
   */
  List<String> scopeDemoUsers(String masterToken, Map<String, String> siteIds)
      throws IOException, InterruptedException {
    List<String> changed = new ArrayList<>();
    if (DemoData.setAttribute(keycloak, masterToken, ADVISOR, "safir", List.of(DEMO_AGENCY))) {
      changed.add(ADVISOR + " safir " + DEMO_AGENCY);
    }
    List<String> sites = new ArrayList<>();
    for (JsonNode code : department(DEMO_DEPARTMENT).get("siteCodes")) {
      String id = siteIds.get(code.asText());
      if (id != null) {
        sites.add(id);
      }
    }
    if (!sites.isEmpty()
        && DemoData.setAttribute(keycloak, masterToken, OFFICER, "e2c_sites", sites)) {
      changed.add(
          OFFICER + " e2c_sites: the " + sites.size() + " demo sites of " + DEMO_DEPARTMENT);
    }
    return changed;
  }

  /**
   * Loads the demo employers, contacts, leads and openings, unless the service has employers. It
   * borrows the demo users' scope: the caller runs {@link #scopeDemoUsers} afterwards, also when
   * this fails.
   */
  Loaded loadIfEmpty(String adminToken, String masterToken, Map<String, String> siteIds)
      throws Exception {
    JsonNode existing =
        Http.send("GET", gateway + "/api/v1/prospection/employers?limit=1", adminToken, null);
    if (!existing.get("items").isEmpty()) {
      return new Loaded(0, 0, 0, 0, 0);
    }
    DemoData.setAttribute(
        keycloak, masterToken, OFFICER, "e2c_sites", List.copyOf(siteIds.values()));
    String officer = tokens.user(OFFICER);
    Map<String, List<DemoEmployer>> byDepartment = new LinkedHashMap<>();
    for (DemoEmployer employer : employers()) {
      byDepartment.computeIfAbsent(employer.department(), d -> new ArrayList<>()).add(employer);
    }
    AtomicInteger contacts = new AtomicInteger();
    AtomicInteger leads = new AtomicInteger();
    AtomicInteger openings = new AtomicInteger();
    int registered = 0;
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> stories = new ArrayList<>();
      // A department's employers are loaded while the advisor's token of the next one is fetched.
      for (JsonNode department : demo.get("departments")) {
        String safir = department.get("agencySafirs").get(0).asText();
        DemoData.setAttribute(keycloak, masterToken, ADVISOR, "safir", List.of(safir));
        String advisor = tokens.user(ADVISOR);
        for (DemoEmployer employer : byDepartment.get(department.get("department").asText())) {
          stories.add(
              pool.submit(
                  () -> {
                    story(employer, advisor, officer, contacts, leads, openings);
                    return null;
                  }));
          registered++;
        }
      }
      for (Future<?> story : stories) {
        story.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return new Loaded(registered, contacts.get(), leads.get(), openings.get(), requests.get());
  }

  /**
   * One employer's story, by its rank in its department: registered by one network; two in three
   * contacted (a visit, a call… done weeks ago), a quarter of those with a contact planned on the
   * department's agenda; one in five of the contacted led by the network that registered it, half
   * of those with a contact of the other network agreed with the lead (joint), and a third with an
   * opening published from the first contact.
   */
  private void story(
      DemoEmployer employer,
      String advisor,
      String officer,
      AtomicInteger contacts,
      AtomicInteger leads,
      AtomicInteger openings)
      throws IOException, InterruptedException {
    String own = employer.byAdvisor() ? advisor : officer;
    String other = employer.byAdvisor() ? officer : advisor;
    String employerId =
        post("/api/v1/prospection/employers", employer.request(), own, true).get("id").asText();
    int i = employer.index();
    int n = employer.sequence();
    if (i % 3 == 2) {
      return; // never contacted: "not contacted for N days" finds it
    }
    String[] purposes = employer.byAdvisor() ? PE_PURPOSES : E2C_PURPOSES;
    LocalDate doneOn = today.minusDays(3 + (n * 7L) % 80);
    ObjectNode done =
        contact("DONE", CHANNELS[n % CHANNELS.length], purposes[n % purposes.length], doneOn);
    done.put("outcome", OUTCOMES[n % OUTCOMES.length]);
    done.put("nextStep", "Call back with profiles");
    done.put("nextStepOn", doneOn.plusDays(14).toString());
    String contactId = addContact(employerId, done, own).get("id").asText();
    contacts.incrementAndGet();
    if (i % 4 == 1) {
      ObjectNode planned =
          contact(
              "PLANNED", "VISIT", purposes[(n + 1) % purposes.length], today.plusDays(1 + n % 28));
      planned.put("nextStep", "Bring the brochure");
      addContact(employerId, planned, own);
      contacts.incrementAndGet();
    }
    if (i % 5 != 0) {
      return;
    }
    ObjectNode window = Http.JSON.createObjectNode().put("days", 30 + (n % 3) * 15);
    String leadOfficer =
        post("/api/v1/prospection/employers/" + employerId + "/lead", window, own, false)
            .get("officer")
            .asText();
    leads.incrementAndGet();
    if (i % 10 == 0) {
      String[] theirs = employer.byAdvisor() ? E2C_PURPOSES : PE_PURPOSES;
      ObjectNode joint = contact("DONE", "PHONE", theirs[n % theirs.length], today.minusDays(1));
      joint.put("outcome", "Agreed with the lead: one call for both networks");
      joint.put("coordinatedWith", leadOfficer);
      addContact(employerId, joint, other);
      contacts.incrementAndGet();
    }
    if (i % 3 == 0) {
      ObjectNode opening = Http.JSON.createObjectNode();
      opening.put("contactId", contactId);
      String kind =
          employer.byAdvisor() ? (n % 2 == 0 ? "JOB" : "APPRENTICESHIP") : "COMPANY_IMMERSION";
      opening.put("kind", kind);
      opening.put("romeCode", employer.romeCodes().get(0).asText());
      opening.put("title", openingTitle(kind, employer));
      opening.put("communeCode", employer.communeCode());
      opening.put("positions", 1 + n % 3);
      opening.put("startsOn", today.plusDays(7).toString());
      opening.put("endsOn", today.plusDays(67).toString());
      post("/api/v1/prospection/employers/" + employerId + "/openings", opening, own, false);
      openings.incrementAndGet();
    }
  }

  private static ObjectNode contact(
      String status, String channel, String purpose, LocalDate contactOn) {
    ObjectNode body = Http.JSON.createObjectNode();
    body.put("status", status);
    body.put("channel", channel);
    body.put("direction", "OUTBOUND");
    body.put("purpose", purpose);
    body.put("contactOn", contactOn.toString());
    return body;
  }

  private static String openingTitle(String kind, DemoEmployer employer) {
    String trade = employer.name().substring(0, employer.name().indexOf(' '));
    return switch (kind) {
      case "JOB" -> "Emploi — " + trade + " (DEMO)";
      case "APPRENTICESHIP" -> "Apprentissage — " + trade + " (DEMO)";
      default -> "Immersion de deux semaines — " + trade + " (DEMO)";
    };
  }

  private JsonNode addContact(String employerId, ObjectNode contact, String token)
      throws IOException, InterruptedException {
    return post("/api/v1/prospection/employers/" + employerId + "/contacts", contact, token, false);
  }

  /**
   * POSTs through the gateway; waits out a 429 (the gateway's rate limit) and, when {@code
   * territoryPending}, a 422 outside-territory while the service has not yet consumed the
   * directory's events about the caller's agency or sites.
   */
  private JsonNode post(String path, Object body, String token, boolean territoryPending)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TERRITORY_KNOWN_WITHIN.toNanos();
    while (true) {
      requests.incrementAndGet();
      Http.Answer answer = Http.call("POST", gateway + path, token, body);
      if (answer.status() < 300) {
        return answer.body();
      }
      boolean later =
          answer.status() == 429
              || (territoryPending
                  && answer.status() == 422
                  && "outside-territory".equals(answer.code()));
      if (!later || System.nanoTime() > deadline) {
        throw new IOException(
            "POST " + path + " answered " + answer.status() + ": " + answer.body());
      }
      Thread.sleep(answer.status() == 429 ? 1000 : 250);
    }
  }

  private JsonNode department(String code) {
    for (JsonNode department : demo.get("departments")) {
      if (department.get("department").asText().equals(code)) {
        return department;
      }
    }
    throw new IllegalStateException("no demo department " + code);
  }

  /** Every demo employer, in a fixed order: the same file gives the same employers. */
  List<DemoEmployer> employers() {
    List<DemoEmployer> all = new ArrayList<>();
    JsonNode trades = demo.get("trades");
    JsonNode names = demo.get("names");
    String sirenPrefix = demo.get("sirenPrefix").asText();
    int sequence = 0;
    int departmentIndex = 0;
    for (JsonNode department : demo.get("departments")) {
      JsonNode communes = department.get("communes");
      int count = department.get("employers").asInt();
      for (int i = 0; i < count; i++) {
        sequence++;
        JsonNode trade = trades.get((i + departmentIndex) % trades.size());
        String name = names.get((i * 5 + departmentIndex) % names.size()).asText();
        JsonNode commune = communes.get(i % communes.size());
        JsonNode bands = trade.get("headcountBands");
        all.add(
            new DemoEmployer(
                sequence,
                i,
                department.get("department").asText(),
                FictitiousSirets.siret(sirenPrefix, sequence),
                trade.get("trade").asText()
                    + " "
                    + name
                    + " — "
                    + commune.get("name").asText()
                    + " (DEMO)",
                trade.get("nafCode").asText(),
                bands.get((i / trades.size() + sequence) % bands.size()).asText(),
                (i % 40 + 1) + " rue de la Démonstration",
                commune.get("code").asText(),
                commune.get("postalCode").asText(),
                trade.get("romeCodes")));
      }
      departmentIndex++;
    }
    return all;
  }

  /** A demo employer; {@code index} is its rank in its department, which shapes its story. */
  record DemoEmployer(
      int sequence,
      int index,
      String department,
      String siret,
      String name,
      String nafCode,
      String headcountBand,
      String street,
      String communeCode,
      String postalCode,
      JsonNode romeCodes) {

    /** Half are registered by the Pôle emploi company advisor, half by the E2C officer. */
    boolean byAdvisor() {
      return index % 2 == 0;
    }

    ObjectNode request() {
      ObjectNode body = Http.JSON.createObjectNode();
      body.put("siret", siret);
      body.put("name", name);
      body.put("nafCode", nafCode);
      body.put("headcountBand", headcountBand);
      body.put("street", street);
      body.put("communeCode", communeCode);
      body.put("postalCode", postalCode);
      body.set("romeCodes", romeCodes);
      return body;
    }
  }
}
