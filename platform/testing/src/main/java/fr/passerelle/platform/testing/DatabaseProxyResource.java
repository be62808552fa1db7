package fr.passerelle.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.util.Map;

/**
 * Hands Quarkus the JVM's real PostgreSQL through a {@link TcpProxy}, so that a test can take the
 * database away under the application ({@link TcpProxy#cut()}) and give it back. Tests reach the
 * proxy through a field annotated {@link DatabaseProxy}. Use it instead of {@link
 * PostgresResource}.
 */
public class DatabaseProxyResource implements QuarkusTestResourceLifecycleManager {

  /** Marks the test field that receives the {@link TcpProxy} in front of the database. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.FIELD)
  public @interface DatabaseProxy {}

  private TcpProxy proxy;

  @Override
  public Map<String, String> start() {
    PostgresServer server = PostgresServer.shared();
    URI address = URI.create(server.jdbcUrl().substring("jdbc:".length()));
    proxy = TcpProxy.to(address.getHost(), address.getPort());
    String proxied =
        server.jdbcUrl().replace(":" + address.getPort() + "/", ":" + proxy.port() + "/");
    return Map.of(
        "quarkus.datasource.jdbc.url", proxied,
        "quarkus.datasource.username", PostgresServer.USER,
        "quarkus.datasource.password", PostgresServer.PASSWORD);
  }

  @Override
  public void inject(TestInjector injector) {
    injector.injectIntoFields(
        proxy, new TestInjector.AnnotatedAndMatchesType(DatabaseProxy.class, TcpProxy.class));
  }

  @Override
  public void stop() {
    if (proxy != null) {
      proxy.close();
    }
  }
}
