package fr.passerelle.webhook.endpoint;

import fr.passerelle.webhook.config.WebhookConfig;
import jakarta.inject.Singleton;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a webhook may go. At subscription: an absolute {@code https} URL without user info or
 * fragment ({@code http} only to a loopback address, and only when the setting allows it). At each
 * delivery: the host is resolved again and refused when any of its addresses is private, loopback,
 * link-local, unique-local, shared (CGNAT), multicast, unspecified or a cloud metadata address
 * (written as IPv6 too: mapped, compatible or behind NAT64), so that a subscription cannot be
 * turned against the internal network (SSRF); the delivery then connects to the address that was
 * checked, not to a second resolution.
 */
@Singleton
public class EndpointPolicy {

  private static final byte[] NAT64_PREFIX = {
    0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0
  };

  private final boolean allowHttpLoopback;

  EndpointPolicy(WebhookConfig config) {
    this.allowHttpLoopback = config.allowHttpLoopback();
  }

  /** Why a URL cannot be subscribed, if it cannot; checked when it is written. */
  public Optional<String> refusal(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (Exception e) {
      return Optional.of("is not a URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute() || uri.getHost() == null) {
      return Optional.of("must be an absolute URL with a host");
    }
    if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
      return Optional.of("must have no user info and no fragment");
    }
    if (scheme.equals("http")) {
      return allowHttpLoopback && isLoopbackName(uri.getHost())
          ? Optional.empty()
          : Optional.of("must use https (plain http is refused)");
    }
    return scheme.equals("https") ? Optional.empty() : Optional.of("must use https");
  }

  /**
   * The address to connect to for this URL, resolved now.
   *
   * @throws RefusedEndpointException when the host does not resolve or points where webhooks may
   *     not go
   */
  public InetAddress resolve(URI uri) {
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(uri.getHost());
    } catch (UnknownHostException e) {
      throw new RefusedEndpointException("the host " + uri.getHost() + " does not resolve");
    }
    boolean plainHttp = "http".equalsIgnoreCase(uri.getScheme());
    for (InetAddress address : addresses) {
      if (plainHttp && allowHttpLoopback && address.isLoopbackAddress()) {
        continue;
      }
      if (plainHttp || isInternal(address)) {
        throw new RefusedEndpointException(
            "the host "
                + uri.getHost()
                + " resolves to "
                + address.getHostAddress()
                + ", an address webhooks may not reach");
      }
    }
    return addresses[0];
  }

  /** Addresses of the machine, its network or the cloud, never the public internet. */
  static boolean isInternal(InetAddress address) {
    if (address.isAnyLocalAddress()
        || address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return true;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      return first == 0 // "this network"
          || (first == 100 && second >= 64 && second <= 127) // shared address space (CGNAT)
          || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
          || (first == 198 && (second == 18 || second == 19)) // benchmarking
          || first >= 240; // reserved and broadcast
    }
    if (address instanceof Inet6Address) {
      int first = b[0] & 0xff;
      if ((first & 0xfe) == 0xfc) {
        return true; // unique local fc00::/7, which holds the metadata address fd00:ec2::254
      }
      if (isLocalNat64(b)) {
        return true; // 64:ff9b:1::/48, a network's own IPv6-to-IPv4 translation
      }
      if (isMappedOrCompatibleIpv4(b) || isWellKnownNat64(b)) {
        try {
          byte[] v4 = {b[12], b[13], b[14], b[15]};
          return isInternal(InetAddress.getByAddress(v4));
        } catch (UnknownHostException e) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isMappedOrCompatibleIpv4(byte[] b) {
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return (b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0);
  }

  /**
   * 64:ff9b::/96 (RFC 6052): a NAT64 gateway connects to the IPv4 address in its last four bytes,
   * which may be an internal one.
   */
  private static boolean isWellKnownNat64(byte[] b) {
    return Arrays.equals(b, 0, 12, NAT64_PREFIX, 0, 12);
  }

  private static boolean isLocalNat64(byte[] b) {
    return Arrays.equals(b, 0, 4, NAT64_PREFIX, 0, 4) && b[4] == 0 && b[5] == 1;
  }

  private static boolean isLoopbackName(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("localhost") || h.equals("127.0.0.1") || h.equals("[::1]") || h.equals("::1");
  }
}
