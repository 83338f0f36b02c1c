package com.lockvue.adapter.webhook;

import com.lockvue.application.port.out.WebhookTargetPolicy;
import com.lockvue.domain.webhook.WebhookUrl;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps deliveries off the server's own networks (SSRF): loopback, private, link-local (cloud metadata at
 * 169.254.169.254 among them), unique-local, carrier-grade NAT, multicast, unspecified and documentation addresses
 * are refused, also when an IPv6 address carries one of them (IPv4-mapped, NAT64 64:ff9b::/96), unless an operator allowed
 * their block explicitly. Every address a name resolves to must pass, so a name cannot mix a public answer with a
 * private one.
 */
public final class TargetGuard implements WebhookTargetPolicy {
    private static final List<Network> NOT_PUBLIC = List.of("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8",
            "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.168.0.0/16", "198.18.0.0/15",
            "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4", "::/128", "::1/128", "fc00::/7",
            "fe80::/10", "fec0::/10", "ff00::/8", "2001:db8::/32").stream().map(Network::parse).toList();
    private static final Network NAT64 = Network.parse("64:ff9b::/96");

    private final List<Network> allowed;
    private final boolean requireHttps;

    public TargetGuard(List<Network> allowed, boolean requireHttps) {
        this.allowed = List.copyOf(allowed);
        this.requireHttps = requireHttps;
    }

    @Override
    public Optional<String> refusalOf(WebhookUrl url) {
        if (requireHttps && !url.https()) {
            return Optional.of("must be an https URL");
        }
        String host = url.host().toLowerCase(Locale.ROOT);
        if (host.equals("localhost") || host.endsWith(".localhost")) {
            return refusalOf(InetAddress.getLoopbackAddress());
        }
        try {
            return refusalOf(Network.literal(host));
        } catch (UnknownHostException aName) {
            return Optional.empty(); // resolved and checked at every delivery
        }
    }

    /** Why a delivery may not connect to {@code address}, or empty. */
    public Optional<String> refusalOf(InetAddress address) {
        if (allowed.stream().anyMatch(n -> n.contains(address))) {
            return Optional.empty();
        }
        InetAddress effective = embeddedIpv4(address);
        if (effective != address && allowed.stream().anyMatch(n -> n.contains(effective))) {
            return Optional.empty();
        }
        boolean blocked = NOT_PUBLIC.stream().anyMatch(n -> n.contains(effective))
                || effective.isAnyLocalAddress() || effective.isLoopbackAddress() || effective.isLinkLocalAddress()
                || effective.isSiteLocalAddress() || effective.isMulticastAddress();
        return blocked ? Optional.of("must not point at " + address.getHostAddress()
                + ": loopback, private, link-local and metadata addresses are refused") : Optional.empty();
    }

    private static InetAddress embeddedIpv4(InetAddress address) {
        // IPv4-mapped IPv6 literals are already read as IPv4 addresses by the JDK; NAT64 ones are not.
        if (address instanceof Inet6Address && NAT64.contains(address)) {
            byte[] bytes = address.getAddress();
            try {
                return Inet4Address.getByAddress(new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]});
            } catch (UnknownHostException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        return address;
    }
}
