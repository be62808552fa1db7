package fr.passerelle.gateway.asyncapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.contracts.events.EventCatalog;
import fr.passerelle.contracts.events.EventType;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The document at {@code /asyncapi}: valid for the official AsyncAPI parser ({@code
 * src/test/asyncapi}, installed by the build), complete, and the same as the committed copy.
 */
@QuarkusTest
class AsyncApiDocumentTest {

  private static final Path PARSER = Path.of("src", "test", "asyncapi").toAbsolutePath();
  private static final String COMMITTED = "docs/events/asyncapi.json";
  private static final String REGENERATE =
      COMMITTED
          + " is not what the event catalog generates: regenerate it with `mvn -B -pl gateway"
          + " verify -Dtest=AsyncApiDocumentTest -Dasyncapi.write=true` and commit it.";

  @Test
  void the_served_document_passes_the_official_asyncapi_parser() throws Exception {
    Path file =
        Files.createDirectories(Path.of("target", "asyncapi").toAbsolutePath())
            .resolve("asyncapi.json");
    Files.writeString(file, served());

    Validation validation = validate(file);

    assertThat(validation.errors()).as(validation.output()).isEmpty();
    assertThat(validation.exitCode()).as(validation.output()).isZero();
  }

  @Test
  void every_event_type_is_a_message_of_the_channel_of_its_topic() {
    JsonObject document = new JsonObject(served());
    assertThat(document.getJsonObject("components").getJsonObject("messages").fieldNames())
        .containsExactlyInAnyOrderElementsOf(
            EventCatalog.ALL.stream().map(EventType::type).toList());
    for (EventType<?> type : EventCatalog.ALL) {
      String channelId = channelOf(document, type.topic());
      JsonObject reference =
          document
              .getJsonObject("channels")
              .getJsonObject(channelId)
              .getJsonObject("messages")
              .getJsonObject(type.type());
      assertThat(reference).as("%s on %s", type.type(), type.topic()).isNotNull();

      JsonObject message = resolve(document, reference.getString("$ref"));
      assertThat(message.getString("name")).isEqualTo(type.type());
      assertThat(message.getString("contentType")).isEqualTo("application/json");
      JsonObject payload = message.getJsonObject("payload");
      assertThat(payload.getString("schemaFormat"))
          .isEqualTo(AsyncApiDocument.PAYLOAD_SCHEMA_FORMAT);
      JsonObject schema = new JsonObject(type.schemaText());
      schema.remove("$schema");
      assertThat(payload.getJsonObject("schema")).isEqualTo(schema);
      assertThat(
              message
                  .getJsonObject("headers")
                  .getJsonArray("allOf")
                  .getJsonObject(1)
                  .getJsonObject("properties")
                  .getJsonObject("ce_type")
                  .getString("const"))
          .isEqualTo(type.type());
      assertThat(sentMessages(document, channelId))
          .as("what the %s operation sends", type.service())
          .contains("#/channels/" + channelId + "/messages/" + type.type());
    }
  }

  @Test
  void the_committed_copy_is_what_the_code_generates() throws IOException {
    Path committed = repositoryRoot().resolve(COMMITTED);
    String generated = AsyncApiDocument.pretty(EventCatalog.ALL);
    if (Boolean.getBoolean("asyncapi.write")) {
      Files.writeString(committed, generated);
    }

    assertThat(committed).as(REGENERATE).exists();
    String difference = firstDifference(Files.readString(committed), generated);
    assertThat(difference).as(REGENERATE).isEmpty();
  }

  @Test
  void the_served_document_is_the_committed_one() throws IOException {
    String committed = Files.readString(repositoryRoot().resolve(COMMITTED));
    String served = new JsonObject(served()).encodePrettily() + "\n";

    assertThat(firstDifference(committed, served)).as(REGENERATE).isEmpty();
  }

  /** Public, as {@code /openapi} is: no token. */
  private static String served() {
    return given()
        .get(PublishedAsyncApi.PATH)
        .then()
        .statusCode(200)
        .contentType("application/json")
        .extract()
        .asString();
  }

  private static String channelOf(JsonObject document, String topic) {
    JsonObject channels = document.getJsonObject("channels");
    List<String> ids =
        channels.fieldNames().stream()
            .filter(id -> topic.equals(channels.getJsonObject(id).getString("address")))
            .toList();
    assertThat(ids).as("channels of %s", topic).hasSize(1);
    return ids.get(0);
  }

  private static List<String> sentMessages(JsonObject document, String channelId) {
    JsonObject operations = document.getJsonObject("operations");
    return operations.fieldNames().stream()
        .map(operations::getJsonObject)
        .filter(operation -> "send".equals(operation.getString("action")))
        .filter(
            operation ->
                ("#/channels/" + channelId)
                    .equals(operation.getJsonObject("channel").getString("$ref")))
        .flatMap(operation -> operation.getJsonArray("messages").stream())
        .map(reference -> ((JsonObject) reference).getString("$ref"))
        .toList();
  }

  private static JsonObject resolve(JsonObject document, String pointer) {
    assertThat(pointer).startsWith("#/");
    JsonObject node = document;
    for (String segment : pointer.substring(2).split("/")) {
      node = node.getJsonObject(segment.replace("~1", "/").replace("~0", "~"));
      assertThat(node).as(pointer).isNotNull();
    }
    return node;
  }

  /** Empty when both are equal, else the first line that differs, in both. */
  private static String firstDifference(String committed, String generated) {
    List<String> was = committed.lines().toList();
    List<String> is = generated.lines().toList();
    for (int i = 0; i < Math.max(was.size(), is.size()); i++) {
      String before = i < was.size() ? was.get(i) : "(end of file)";
      String after = i < is.size() ? is.get(i) : "(end of file)";
      if (!before.equals(after)) {
        return "line " + (i + 1) + ": committed «" + before + "», generated «" + after + "»";
      }
    }
    return committed.equals(generated) ? "" : "line breaks differ";
  }

  private static Path repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("docs/events/README.md"))) {
        return dir;
      }
    }
    throw new IllegalStateException(
        "no docs/events/README.md above " + Path.of("").toAbsolutePath());
  }

  private record Validation(int exitCode, String output) {
    List<String> errors() {
      return output.lines().filter(line -> line.startsWith("error ")).toList();
    }
  }

  /** {@code node validate.mjs <file>}: the parser's errors and warnings, one a line. */
  private static Validation validate(Path file) throws IOException, InterruptedException {
    assertThat(PARSER.resolve("node_modules/@asyncapi/parser"))
        .as("the AsyncAPI parser, installed by the build (npm ci in %s)", PARSER)
        .isDirectory();
    Path output = file.resolveSibling("validation.txt");
    Process node =
        new ProcessBuilder("node", "validate.mjs", file.toString())
            .directory(PARSER.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    if (!node.waitFor(120, TimeUnit.SECONDS)) {
      node.destroyForcibly();
      throw new IllegalStateException("the AsyncAPI parser did not finish in 120 s");
    }
    return new Validation(node.exitValue(), Files.readString(output));
  }
}
