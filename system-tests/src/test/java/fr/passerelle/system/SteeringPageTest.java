package fr.passerelle.system;

import static fr.passerelle.system.SystemStack.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The steering page as a person uses it, in Debian's Chromium (headless, driven through Debian's
 * chromedriver), against the stack: sign-in through Keycloak's own form, the funnel's numbers
 * against the API's, the filters, the CSV download against the API's CSV, an E2C team member's own
 * sites and proposal. axe-core (pinned in src/test/browser/package.json, installed by the build)
 * runs in every view: no serious or critical violation. A screenshot of each view is kept under
 * target/screenshots/.
 */
class SteeringPageTest {

  /** Hauts-de-France, where the demo history's sites and agencies are. */
  private static final String DEMO_HISTORY_REGION = "32";

  private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path AXE = Path.of("src/test/browser/node_modules/axe-core/axe.min.js");
  private static final Path SCREENSHOTS = Path.of("target/screenshots");

  /** How long a view may take to load its data (the report reads every experiment). */
  private static final Duration VIEW_LOADS_WITHIN = Duration.ofSeconds(60);

  /** The rows of the first table of a view (the h1 comes first, then the panels). */
  private static final By FIRST_TABLE_ROWS =
      By.cssSelector("#vue > section.panel:first-of-type table.data-table tbody tr");

  /** The CSV download of the first table of a view. */
  private static final By FIRST_CSV_BUTTON =
      By.cssSelector("#vue > section.panel:first-of-type .panel__actions button");

  /** The views of the page (?vue=), in the navigation's order. */
  private static final List<String> VIEWS =
      List.of(
          "parcours",
          "taux",
          "prospection",
          "couverture",
          "tableau-de-bord",
          "experimentations",
          "plan-action",
          "rapport");

  private static String axe;

  private ChromeDriver driver;
  private WebDriverWait wait;
  private Path downloads;

  @BeforeAll
  static void stackAndTools() throws IOException {
    assertThat(CHROMIUM).as("Debian's chromium (.ci/run installs it)").isExecutable();
    assertThat(CHROMEDRIVER).as("Debian's chromium-driver (.ci/run installs it)").isExecutable();
    assertThat(AXE).as("axe-core, installed by npm ci in src/test/browser").isRegularFile();
    axe = Files.readString(AXE, StandardCharsets.UTF_8);
    Files.createDirectories(SCREENSHOTS);
    SystemStack.get();
  }

  @BeforeEach
  void browser(TestInfo test) throws IOException {
    downloads =
        Path.of("target/downloads", test.getTestMethod().orElseThrow().getName()).toAbsolutePath();
    Files.createDirectories(downloads);
    try (Stream<Path> old = Files.list(downloads)) {
      for (Path file : old.toList()) {
        Files.delete(file);
      }
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--window-size=1280,1600", "--lang=fr-FR");
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false,
            "intl.accept_languages",
            "fr-FR,fr"));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    wait = new WebDriverWait(driver, VIEW_LOADS_WITHIN);
  }

  @AfterEach
  void closeBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void steering_signs_in_reads_the_funnel_as_the_api_gives_it_filters_and_downloads_the_csv() {
    signIn("steering");
    String steering = SystemStack.user("steering");
    assertThat(text(By.id("utilisateur-nom"))).startsWith("steering");

    // The funnel: every cell of the first table is the API's, for the same query.
    assertFunnelIsTheApis(steering, Map.of("groupBy", "month"));
    check("steering-parcours");

    // Another territory and period, chosen in the filters and kept in the URL.
    Select region = new Select(driver.findElement(By.id("region")));
    assertThat(region.getOptions()).as("regions to choose from").hasSizeGreaterThan(1);
    String regionCode = DEMO_HISTORY_REGION;
    region.selectByValue(regionCode);
    YearMonth to = YearMonth.now(FRANCE).minusMonths(1);
    YearMonth from = to.minusMonths(5);
    setValue(By.id("du"), from.toString());
    setValue(By.id("au"), to.toString());
    WebElement before = driver.findElement(By.cssSelector("#vue h1"));
    driver.findElement(By.cssSelector("#filtres button[type=submit]")).click();
    wait.until(ExpectedConditions.stalenessOf(before));
    waitForView();
    assertThat(driver.getCurrentUrl())
        .contains("du=" + from)
        .contains("au=" + to)
        .contains("territoire=region%3A" + regionCode);
    Map<String, String> query =
        Map.of(
            "groupBy",
            "month",
            "territory",
            "region:" + regionCode,
            "from",
            from.atDay(1).toString(),
            "to",
            to.atEndOfMonth().toString());
    assertThat(apiFunnel(steering, query))
        .as("the demo history counts young people in region %s", regionCode)
        .hasSize(6);
    assertFunnelIsTheApis(steering, query);
    check("steering-parcours-region-" + regionCode);

    // The CSV of the first table is the API's own, byte for byte.
    driver.findElement(FIRST_CSV_BUTTON).click();
    Path csv = downloaded();
    byte[] expected =
        as(steering)
            .accept("text/csv")
            .queryParams(query)
            .queryParam("format", "csv")
            .get("/api/v1/indicators/funnel")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    assertThat(read(csv)).isEqualTo(new String(expected, StandardCharsets.UTF_8));

    // Every view: loaded without a problem, no serious accessibility violation, a screenshot.
    for (String view : VIEWS) {
      open(view);
      check("steering-" + view + "-region-" + regionCode);
    }
  }

  @Test
  void an_e2c_team_member_sees_only_their_sites_and_proposes_an_experiment() {
    String staff = SystemStack.user("e2c-staff");
    List<String> own = claimList(staff, "e2c_sites");
    assertThat(own).as("the demo e2c-staff user's sites").isNotEmpty();
    signIn("e2c-staff");

    // Their territory only: no region or department to choose, their sites as the structures.
    assertThat(driver.findElement(By.id("champ-region")).isDisplayed()).isFalse();
    assertThat(driver.findElement(By.id("champ-departement")).isDisplayed()).isFalse();
    Set<String> offered =
        new Select(driver.findElement(By.id("structure")))
            .getOptions().stream()
                .map(o -> o.getDomProperty("value"))
                .filter(v -> !v.isEmpty())
                .collect(Collectors.toSet());
    Set<String> ownSites = own.stream().map(id -> "site:" + id).collect(Collectors.toSet());
    assertThat(offered).isNotEmpty();
    assertThat(ownSites).containsAll(offered);
    assertFunnelIsTheApis(staff, Map.of("groupBy", "month"));
    check("e2c-staff-parcours");

    // A proposal for one of their sites, through the form.
    open("experimentations");
    check("e2c-staff-experimentations");
    WebElement list = driver.findElement(By.cssSelector("#vue h1"));
    driver.findElement(By.linkText("Proposer une expérimentation")).click();
    wait.until(ExpectedConditions.stalenessOf(list));
    waitForView();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("x-titre")));
    check("e2c-staff-proposition");
    String title = "Binômes conseiller-formateur " + UUID.randomUUID().toString().substring(0, 8);
    LocalDate today = LocalDate.now(FRANCE);
    driver.findElement(By.id("x-titre")).sendKeys(title);
    driver
        .findElement(By.id("x-description"))
        .sendKeys("Un conseiller et un formateur reçoivent ensemble chaque jeune orienté.");
    driver.findElement(By.id("x-responsable")).sendKeys("chargée de mission partenariat de l'E2C");
    driver.findElement(By.cssSelector("input[name=site]")).click();
    setValue(By.id("x-debut"), today.plusDays(7).toString());
    setValue(By.id("x-fin"), today.plusDays(97).toString());
    driver.findElement(By.id("x-objectif-SECURE_PATH")).click();
    WebElement form = driver.findElement(By.cssSelector("#vue h1"));
    driver.findElement(By.cssSelector("#vue form button[type=submit]")).click();
    wait.until(ExpectedConditions.stalenessOf(form));
    waitForView();
    assertThat(text(By.cssSelector("#vue h1"))).isEqualTo(title);
    assertThat(text(By.id("message"))).contains("L'expérimentation est proposée.");
    check("e2c-staff-experimentation-proposee");

    List<Map<String, Object>> items =
        as(staff)
            .queryParam("limit", 100)
            .get("/api/v1/experiments")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    List<Map<String, Object>> titled =
        items.stream().filter(x -> title.equals(x.get("title"))).toList();
    assertThat(titled).hasSize(1);
    Map<String, Object> proposed = titled.get(0);
    assertThat(proposed.get("status")).isEqualTo("PROPOSED");

    // Signing out ends the Keycloak session: signing in again asks for the password again.
    signOut();

    // Steering reviews the proposal from the page: it starts.
    signIn("steering");
    String id = (String) proposed.get("id");
    driver.get(
        SystemStack.get().gatewayUrl() + "/steering/?vue=experimentations&experimentation=" + id);
    waitForView();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("revue-etat")));
    check("steering-experimentation-a-examiner");
    new Select(driver.findElement(By.id("revue-etat"))).selectByValue("RUNNING");
    driver.findElement(By.id("revue-note")).sendKeys("Lancée pour un trimestre.");
    WebElement review = driver.findElement(By.cssSelector("#vue h1"));
    driver.findElement(By.cssSelector("#vue form button[type=submit]")).click();
    wait.until(ExpectedConditions.stalenessOf(review));
    waitForView();
    assertThat(text(By.id("message"))).contains("L'avis est enregistré.");
    check("steering-experimentation-lancee");
    as(SystemStack.user("steering"))
        .get("/api/v1/experiments/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("RUNNING"));
  }

  // ---- the browser ---------------------------------------------------------------------------

  /** Opens the page, signs in through Keycloak's form, and waits for the first view. */
  private void signIn(String username) {
    driver.get(SystemStack.get().gatewayUrl() + "/steering/");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("connexion")));
    check("connexion");
    driver.findElement(By.id("connexion")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys("demo");
    driver.findElement(By.id("kc-login")).click();
    String page = SystemStack.get().gatewayUrl() + "/steering/";
    wait.until(d -> d.getCurrentUrl().startsWith(page) && !d.getCurrentUrl().contains("code="));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("utilisateur")));
    waitForView();
  }

  /** Signs out through the page's button, back to the page's sign-in. */
  private void signOut() {
    driver.findElement(By.id("deconnexion")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("connexion")));
    assertThat(driver.findElement(By.id("utilisateur")).isDisplayed()).isFalse();
  }

  /** Opens a view through the navigation, as a click. */
  private void open(String view) {
    WebElement before = driver.findElement(By.cssSelector("#vue h1"));
    driver.findElement(By.cssSelector(".main-nav a[data-vue='" + view + "']")).click();
    wait.until(ExpectedConditions.stalenessOf(before));
    waitForView();
    assertThat(driver.getCurrentUrl()).contains("vue=" + view);
  }

  /** Waits until the view is drawn: nothing loading, a heading, and no error shown. */
  private void waitForView() {
    wait.until(
        d ->
            Boolean.TRUE.equals(
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return document.getElementById('chargement').textContent === ''"
                            + " && document.querySelector('#vue h1') !== null")));
    WebElement message = driver.findElement(By.id("message"));
    if (message.isDisplayed()) {
      assertThat(message.getDomAttribute("class"))
          .as("the page shows: %s", message.getText())
          .doesNotContain("message--error");
    }
  }

  /** Screenshot, then axe-core: no serious or critical violation; no script refused by the CSP. */
  private void check(String name) {
    try {
      Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    driver.executeScript(axe);
    Object answer =
        driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + " axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id,"
                + " impact: v.impact, help: v.help,"
                + " nodes: v.nodes.map(n => n.target.join(' '))})))))"
                + ".catch(e => done('axe failed: ' + e));");
    assertThat(answer).isInstanceOf(String.class);
    assertThat((String) answer).doesNotStartWith("axe failed");
    List<Map<String, Object>> violations = JsonPath.from((String) answer).getList("$");
    assertThat(violations)
        .as("axe-core on %s (%s)", name, driver.getCurrentUrl())
        .filteredOn(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
        .isEmpty();
    List<String> refused =
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
            .map(LogEntry::getMessage)
            .filter(m -> m.contains("Content Security Policy"))
            .toList();
    assertThat(refused).as("refused by the page's Content-Security-Policy on %s", name).isEmpty();
  }

  /** Sets an input's value as typing would (date and month inputs are typed per locale). */
  private void setValue(By input, String value) {
    driver.executeScript(
        "arguments[0].value = arguments[1];"
            + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
            + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
        driver.findElement(input),
        value);
  }

  private String text(By element) {
    return driver.findElement(element).getText();
  }

  /** The one CSV file downloaded, once complete. */
  private Path downloaded() {
    return wait.until(
        d -> {
          try (Stream<Path> files = Files.list(downloads)) {
            List<Path> all = files.toList();
            boolean partial = all.stream().anyMatch(f -> f.toString().endsWith(".crdownload"));
            List<Path> csv = all.stream().filter(f -> f.toString().endsWith(".csv")).toList();
            return !partial && csv.size() == 1 ? csv.get(0) : null;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- the API's numbers -----------------------------------------------------------------------

  /**
   * The first table of the funnel view, cell by cell, against the API's table for the same query,
   * as the page shows each value: a count in digits, {@code <5}, {@code s}, a rate in percent. Data
   * may still be arriving (other scenarios publish events): a difference is read again, the page
   * reloaded, a few times.
   */
  private void assertFunnelIsTheApis(String token, Map<String, String> query) {
    List<List<String>> page = List.of();
    List<List<String>> api = List.of();
    for (int attempt = 0; attempt < 3; attempt++) {
      if (attempt > 0) {
        driver.navigate().refresh();
        waitForView();
      }
      page = funnelTable();
      api = apiFunnel(token, query);
      if (page.equals(api)) {
        break;
      }
    }
    assertThat(page).as("the funnel table as shown").isNotEmpty().isEqualTo(api);
  }

  /** The cells (not the month headers) of the view's first table, spaces removed. */
  private List<List<String>> funnelTable() {
    List<List<String>> rows = new ArrayList<>();
    for (WebElement row : driver.findElements(FIRST_TABLE_ROWS)) {
      List<String> cells = new ArrayList<>();
      for (WebElement cell : row.findElements(By.cssSelector("td"))) {
        cells.add(cell.getText().replaceAll("[\\s\\u00a0\\u202f]", ""));
      }
      rows.add(cells);
    }
    return rows;
  }

  private static List<List<String>> apiFunnel(String token, Map<String, String> query) {
    JsonPath table =
        as(token)
            .accept("application/json")
            .queryParams(query)
            .get("/api/v1/indicators/funnel")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<Map<String, Object>> measures = table.getList("measures");
    List<Map<String, Object>> rows = table.getList("rows");
    List<List<String>> shown = new ArrayList<>();
    if (rows.isEmpty()) {
      shown.add(List.of("Rienàcomptersurcettepériodeetceterritoire."));
      return shown;
    }
    for (Map<String, Object> row : rows) {
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> values = (List<Map<String, Object>>) row.get("values");
      Map<String, Map<String, Object>> byName = new HashMap<>();
      values.forEach(v -> byName.put((String) v.get("name"), v));
      List<String> cells = new ArrayList<>();
      for (Map<String, Object> measure : measures) {
        cells.add(asShown(byName.get(measure.get("name")), (String) measure.get("kind")));
      }
      shown.add(cells);
    }
    return shown;
  }

  /** A value as the page's dom.js shows it, spaces removed. */
  private static String asShown(Map<String, Object> value, String kind) {
    if (value == null) {
      return "—";
    }
    String status = (String) value.get("status");
    if ("SMALL_COUNT".equals(status)) {
      return value.get("shown") == null ? "<5" : (String) value.get("shown");
    }
    if ("WITHHELD".equals(status)) {
      return value.get("shown") == null ? "s" : (String) value.get("shown");
    }
    if ("UNDEFINED".equals(status) || value.get("value") == null) {
      return "—";
    }
    BigDecimal number = new BigDecimal(value.get("value").toString());
    if ("RATE".equals(kind)) {
      return number.movePointRight(2).stripTrailingZeros().toPlainString().replace('.', ',') + "%";
    }
    if ("DAYS".equals(kind)) {
      return number.stripTrailingZeros().toPlainString().replace('.', ',');
    }
    return number.toBigInteger().toString();
  }

  /** A claim of a token's payload that may be one value or several. */
  private static List<String> claimList(String token, String claim) {
    String payload =
        new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    Object value = JsonPath.from(payload).get(claim);
    if (value instanceof List<?> list) {
      return list.stream().map(Object::toString).toList();
    }
    return value == null ? List.of() : List.of(value.toString());
  }
}
