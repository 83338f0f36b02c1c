package com.lockvue.bench.loadgen;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The request shapes of bench/lua/unlock.lua, code-login.lua and get.lua, one pre-rendered request per line of the
 * bench file (fields split by white space, empty lines skipped, as common.lua does). Each request is a random line,
 * like common.lua's pick(). The bytes are what wrk.format builds: the request line, Host (host:port when the URL
 * names a port), the script's headers, Content-Length when there is a body, an empty line and the body; only the
 * order of the headers differs from wrk, which leaves it to Lua's table iteration.
 */
final class Scenario {

    static final int NONCE_LENGTH = 22;
    private static final byte[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".getBytes(StandardCharsets.US_ASCII);
    /** A 16-byte nonce in unpadded base64url: the 22nd character carries 2 bits, so it is one of these. */
    private static final byte[] LAST = "AQgw".getBytes(StandardCharsets.US_ASCII);
    private static final String NONCE_PLACEHOLDER = "#".repeat(NONCE_LENGTH);

    final String name;
    private final byte[][] requests;
    /** Where the 22 nonce characters go in every request, or -1 when the scenario has no nonce. */
    private final int[] nonceOffsets;

    private Scenario(String name, byte[][] requests, int[] nonceOffsets) {
        this.name = name;
        this.requests = requests;
        this.nonceOffsets = nonceOffsets;
    }

    int size() {
        return requests.length;
    }

    /** Where an unlock's path starts when {@code --path} does not say: the product's. */
    static final String UNLOCK_PREFIX = "/api/v1/locks";

    static Scenario load(String name, Path file, String path, String hostHeader) throws IOException {
        int fields;
        switch (name) {
            case "unlock", "code-login" -> fields = 2;
            case "get" -> fields = 1;
            default -> throw new IllegalArgumentException("unknown --scenario " + name + " (unlock, code-login or get)");
        }
        List<String[]> rows = new ArrayList<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            String[] row = trimmed.split("\\s+");
            if (row.length < fields) {
                throw new IllegalArgumentException(file + ":" + lineNumber + ": scenario " + name + " needs "
                        + fields + " fields a line, found " + row.length);
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(file + " has no entries");
        }
        byte[][] requests = new byte[rows.size()][];
        int[] nonceOffsets = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            String text = switch (name) {
                case "unlock" -> format("POST", (path == null ? UNLOCK_PREFIX : path) + "/" + r[1] + "/unlock-commands",
                        hostHeader,
                        new String[] {"Authorization", "Bearer " + r[0], "Content-Type", "application/json"},
                        "{\"nonce\":\"" + NONCE_PLACEHOLDER + "\",\"action\":\"UNLOCK\"}");
                case "code-login" -> format("POST", "/api/v1/code-login", hostHeader,
                        new String[] {"Content-Type", "application/json"},
                        "{\"code\":\"" + r[0] + "\",\"deviceId\":\"" + r[1] + "\"}");
                default -> format("GET", path, hostHeader, new String[] {"Authorization", "Bearer " + r[0]}, null);
            };
            // The fields are sent as they are in the file (UTF-8), like wrk sends the Lua strings.
            requests[i] = text.getBytes(StandardCharsets.UTF_8);
            nonceOffsets[i] = name.equals("unlock") ? text.lastIndexOf(NONCE_PLACEHOLDER) : -1;
            if (nonceOffsets[i] >= 0) {
                // Offsets are in bytes; everything before the body may hold non-ASCII characters from the file.
                nonceOffsets[i] = requests[i].length - (text.length() - nonceOffsets[i]);
            }
        }
        return new Scenario(name, requests, nonceOffsets);
    }

    /** wrk.format: request line, headers (Host first here), Content-Length for a body, empty line, body. */
    static String format(String method, String path, String host, String[] headers, String body) {
        StringBuilder s = new StringBuilder(256);
        s.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
        s.append("Host: ").append(host).append("\r\n");
        for (int i = 0; i < headers.length; i += 2) {
            s.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        if (body != null) {
            s.append("Content-Length: ").append(body.getBytes(StandardCharsets.UTF_8).length).append("\r\n");
        }
        s.append("\r\n");
        if (body != null) {
            s.append(body);
        }
        return s.toString();
    }

    /** Writes one request for a random line; nonce is the caller's scratch buffer of NONCE_LENGTH bytes. */
    void write(OutputStream out, SplittableRandom random, byte[] nonce) throws IOException {
        int row = requests.length == 1 ? 0 : random.nextInt(requests.length);
        byte[] request = requests[row];
        int at = nonceOffsets[row];
        if (at < 0) {
            out.write(request);
            return;
        }
        long bits = 0;
        for (int i = 0; i < NONCE_LENGTH - 1; i++) {
            if (i % 10 == 0) { // 6 bits a character, 10 characters a long
                bits = random.nextLong();
            }
            nonce[i] = ALPHABET[(int) (bits & 63)];
            bits >>>= 6;
        }
        nonce[NONCE_LENGTH - 1] = LAST[(int) (bits & 3)];
        out.write(request, 0, at);
        out.write(nonce, 0, NONCE_LENGTH);
        out.write(request, at + NONCE_LENGTH, request.length - at - NONCE_LENGTH);
    }
}
