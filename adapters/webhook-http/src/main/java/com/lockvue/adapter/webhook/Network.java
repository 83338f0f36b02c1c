package com.lockvue.adapter.webhook;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** An address block in CIDR form ({@code 10.0.0.0/8}, {@code fd00::/8}). */
public record Network(byte[] base, int prefix) {

    public static Network parse(String cidr) {
        String text = cidr.strip();
        int slash = text.indexOf('/');
        try {
            InetAddress address = literal(slash < 0 ? text : text.substring(0, slash));
            int bits = address.getAddress().length * 8;
            int prefix = slash < 0 ? bits : Integer.parseInt(text.substring(slash + 1));
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("prefix out of range in " + cidr);
            }
            return new Network(address.getAddress(), prefix);
        } catch (NumberFormatException | UnknownHostException e) {
            throw new IllegalArgumentException("not an address block: " + cidr, e);
        }
    }

    public boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != base.length) {
            return false;
        }
        int shift = bytes.length * 8 - prefix;
        return new BigInteger(1, bytes).shiftRight(shift).equals(new BigInteger(1, base).shiftRight(shift));
    }

    /** Parses an IP literal without ever asking DNS (a name here is a configuration mistake). */
    static InetAddress literal(String text) throws UnknownHostException {
        if (!text.matches("[0-9a-fA-F:.]+") || !(text.contains(".") || text.contains(":"))) {
            throw new UnknownHostException("not an IP literal: " + text);
        }
        return InetAddress.getByName(text);
    }
}
