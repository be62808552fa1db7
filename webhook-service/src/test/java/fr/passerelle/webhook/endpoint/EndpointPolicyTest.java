package fr.passerelle.webhook.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.webhook.config.WebhookConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where webhooks may go: the URL rules at subscription, the address rules at each delivery. */
class EndpointPolicyTest {

  private final EndpointPolicy policy = policy(true);

  @Test
  void addresses_of_the_machine_its_network_and_the_cloud_are_internal() throws Exception {
    for (String address :
        List.of(
            "10.0.0.1",
            "172.16.0.1",
            "172.31.255.254",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "100.127.255.254",
            "127.0.0.1",
            "127.1.2.3",
            "0.0.0.0",
            "0.1.2.3",
            "224.0.0.1",
            "255.255.255.255",
            "240.0.0.1",
            "192.0.0.170",
            "198.18.0.1",
            "::1",
            "::",
            "fc00::1",
            "fd00:ec2::254",
            "fe80::1",
            "ff02::1",
            "::ffff:10.0.0.1",
            "::10.0.0.1",
            "64:ff9b::a00:1",
            "64:ff9b::a9fe:a9fe",
            "64:ff9b:1::808:808")) {
      assertThat(EndpointPolicy.isInternal(InetAddress.getByName(address))).as(address).isTrue();
    }
  }

  @Test
  void an_ipv4_address_written_as_ipv6_is_judged_as_the_ipv4_address() throws Exception {
    assertThat(EndpointPolicy.isInternal(mapped(10, 0, 0, 1))).isTrue();
    assertThat(EndpointPolicy.isInternal(mapped(169, 254, 169, 254))).isTrue();
    assertThat(EndpointPolicy.isInternal(mapped(127, 0, 0, 1))).isTrue();
    assertThat(EndpointPolicy.isInternal(mapped(8, 8, 8, 8))).isFalse();
  }

  @Test
  void public_addresses_are_not_internal() throws Exception {
    for (String address :
        List.of(
            "8.8.8.8",
            "1.1.1.1",
            "100.63.255.255",
            "100.128.0.1",
            "172.15.255.255",
            "172.32.0.1",
            "192.169.0.1",
            "198.20.0.1",
            "2001:4860:4860::8888",
            "2a01:e0a::1",
            "64:ff9b::808:808")) {
      assertThat(EndpointPolicy.isInternal(InetAddress.getByName(address))).as(address).isFalse();
    }
  }

  @Test
  void https_urls_with_a_host_are_accepted() {
    for (String url :
        List.of(
            "https://partner.example/webhooks",
            "https://partner.example:8443/webhooks?source=passerelle",
            "HTTPS://PARTNER.EXAMPLE/webhooks")) {
      assertThat(policy.refusal(url)).as(url).isEmpty();
    }
  }

  @Test
  void plain_http_is_accepted_to_loopback_only_and_only_when_allowed() {
    for (String url :
        List.of(
            "http://127.0.0.1:8080/webhooks", "http://localhost/webhooks", "http://[::1]:80/")) {
      assertThat(policy.refusal(url)).as(url).isEmpty();
      assertThat(policy(false).refusal(url)).as(url).isPresent();
    }
    for (String url :
        List.of(
            "http://partner.example/webhooks",
            "http://10.0.0.1/webhooks",
            "http://169.254.169.254/latest/meta-data/",
            "http://127.0.0.2/webhooks")) {
      assertThat(policy.refusal(url))
          .as(url)
          .hasValueSatisfying(r -> assertThat(r).contains("https"));
    }
  }

  @Test
  void other_schemes_user_info_fragments_and_relative_or_broken_urls_are_refused() {
    for (String url :
        List.of(
            "ftp://127.0.0.1/webhooks",
            "file:///etc/passwd",
            "gopher://partner.example/",
            "https://user:secret@partner.example/webhooks",
            "https://partner.example@10.0.0.1/webhooks",
            "https://partner.example/webhooks#part",
            "/webhooks",
            "https:///webhooks",
            "https://partner example/webhooks",
            "")) {
      assertThat(policy.refusal(url)).as(url).isPresent();
    }
  }

  @Test
  void at_delivery_a_host_resolving_to_an_internal_address_is_refused() {
    for (String url :
        List.of(
            "https://10.0.0.1/webhooks",
            "https://169.254.169.254/latest/meta-data/",
            "https://[fd00:ec2::254]/latest/meta-data/",
            "https://[::ffff:a00:1]/webhooks",
            "https://127.0.0.1:8443/webhooks",
            "https://localhost/webhooks",
            "https://100.64.0.1/webhooks")) {
      assertThatThrownBy(() -> policy.resolve(URI.create(url)))
          .as(url)
          .isInstanceOf(RefusedEndpointException.class)
          .hasMessageContaining("may not reach");
    }
  }

  @Test
  void at_delivery_a_public_address_is_the_one_connected_to() throws Exception {
    assertThat(policy.resolve(URI.create("https://8.8.8.8/webhooks")))
        .isEqualTo(InetAddress.getByName("8.8.8.8"));
  }

  @Test
  void at_delivery_plain_http_reaches_loopback_only_when_allowed() {
    assertThat(policy.resolve(URI.create("http://127.0.0.1:8080/webhooks")).isLoopbackAddress())
        .isTrue();
    assertThatThrownBy(() -> policy(false).resolve(URI.create("http://127.0.0.1:8080/webhooks")))
        .isInstanceOf(RefusedEndpointException.class);
    assertThatThrownBy(() -> policy.resolve(URI.create("http://8.8.8.8/webhooks")))
        .isInstanceOf(RefusedEndpointException.class);
  }

  @Test
  void at_delivery_a_host_that_does_not_resolve_is_refused() {
    assertThatThrownBy(() -> policy.resolve(URI.create("https://no-such-host.invalid/webhooks")))
        .isInstanceOf(RefusedEndpointException.class)
        .hasMessageContaining("does not resolve");
  }

  private static InetAddress mapped(int a, int b, int c, int d) throws UnknownHostException {
    byte[] bytes = new byte[16];
    bytes[10] = (byte) 0xff;
    bytes[11] = (byte) 0xff;
    bytes[12] = (byte) a;
    bytes[13] = (byte) b;
    bytes[14] = (byte) c;
    bytes[15] = (byte) d;
    return Inet6Address.getByAddress(null, bytes, -1);
  }

  private static EndpointPolicy policy(boolean allowHttpLoopback) {
    WebhookConfig config =
        new SmallRyeConfigBuilder()
            .withMapping(WebhookConfig.class)
            .withDefaultValue(
                "passerelle.webhooks.allow-http-loopback", String.valueOf(allowHttpLoopback))
            .build()
            .getConfigMapping(WebhookConfig.class);
    return new EndpointPolicy(config);
  }
}
