package com.lockvue.application.service;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * The network a login attempt is counted against. An IPv4 client is one address; an IPv6 client is counted by its
 * /64, because a single subscriber is usually given a whole /64 and can use any of its 2^64 addresses: counting
 * each one alone would give an attacker unlimited guesses. IPv4-mapped IPv6 addresses, 6to4 (2002::/16) and NAT64
 * (64:ff9b::/96) addresses count as the IPv4 address they carry.
 */
final class ClientNetwork {
    private static final byte[] NAT64_PREFIX = {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};

    private ClientNetwork() {
    }

    /** A stable key for the rate limiter; an address that is not an IP literal is used as it is. */
    static String keyOf(String clientAddress) {
        if (clientAddress == null) {
            return null;
        }
        int scope = clientAddress.indexOf('%');
        String literal = scope < 0 ? clientAddress : clientAddress.substring(0, scope);
        boolean ipv6Literal = literal.indexOf(':') >= 0
                && (Character.digit(literal.charAt(0), 16) >= 0 || literal.charAt(0) == ':')
                && literal.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.');
        if (!ipv6Literal) {
            return clientAddress;
        }
        try {
            // A text that starts with a hex digit or ':' and contains ':' is parsed as an IPv6 literal or refused;
            // the JDK never looks such a text up as a host name.
            InetAddress address = InetAddress.getByName(literal);
            if (!(address instanceof Inet6Address)) {
                return address.getHostAddress();
            }
            byte[] bytes = address.getAddress();
            if (bytes[0] == 0x20 && bytes[1] == 0x02) {
                // 6to4 (2002::/16) gives every IPv4 address its own /48: count the IPv4 address it carries.
                return InetAddress.getByAddress(Arrays.copyOfRange(bytes, 2, 6)).getHostAddress();
            }
            if (Arrays.equals(bytes, 0, 12, NAT64_PREFIX, 0, 12)) {
                // NAT64 (64:ff9b::/96): IPv4 clients seen through a translator; each is its embedded IPv4 address.
                return InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16)).getHostAddress();
            }
            StringBuilder key = new StringBuilder(24);
            for (int i = 0; i < 8; i += 2) {
                key.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return key.append(":/64").toString();
        } catch (UnknownHostException notALiteral) {
            return clientAddress;
        }
    }
}
