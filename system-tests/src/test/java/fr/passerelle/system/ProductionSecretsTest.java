package fr.passerelle.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A production start of the referral service (its packaged jar, the prod profile) without its own
 * secret settings refuses to start and names what is missing: no demo password, client secret or
 * pseudonym key can slip into production.
 */
class ProductionSecretsTest {

  @Test
  void the_referral_service_refuses_to_start_in_production_without_its_secrets(@TempDir Path dir)
      throws IOException, InterruptedException {
    Path jar = Path.of("../referral-service/target/quarkus-app/quarkus-run.jar").toAbsolutePath();
    Path log = dir.resolve("referral.log");
    ProcessBuilder builder =
        new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx128m",
                "-jar",
                jar.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().keySet().removeIf(name -> !name.equals("PATH"));
    builder.environment().put("HTTP_PORT", "0");
    builder.environment().put("MANAGEMENT_PORT", "0");

    Process process = builder.start();
    boolean ended = process.waitFor(60, TimeUnit.SECONDS);
    if (!ended) {
      process.destroyForcibly();
    }

    assertThat(ended).as("the service stops by itself").isTrue();
    assertThat(process.exitValue()).isNotZero();
    assertThat(Files.readString(log, StandardCharsets.UTF_8))
        .contains("PSEUDONYM_KEY")
        .contains("OIDC_CLIENT_SECRET")
        .contains("DB_PASSWORD");
  }
}
