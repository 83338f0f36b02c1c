package com.lockvue.bench.loadgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadGenTest {

    @TempDir
    Path dir;

    private String file(String... lines) throws IOException {
        Path f = Files.createTempFile(dir, "bench", ".txt");
        Files.write(f, List.of(lines));
        return f.toString();
    }

    private static LoadGen.Result run(String... args) {
        return LoadGen.run(LoadGen.parse(args));
    }

    @Test
    void keepsTheRateAgainstAFastServer() throws IOException {
        try (TestServer server = new TestServer(n -> TestServer.Reply.ok())) {
            LoadGen.Result r = run("--url", server.url(), "--scenario", "get", "--path", "/api/v1/x",
                    "--file", file("t1", "t2"), "--rate", "1000", "--duration", "1", "--warmup", "0.3",
                    "--connections", "4");
            assertTrue(Math.abs(r.rateAchieved() - 1000) <= 100, r.resultLine());
            assertEquals(0, r.non2xx, r.resultLine());
            assertEquals(0, r.errors, r.resultLine());
            assertEquals(0, r.unsent, r.resultLine());
            // the warm-up ran at the same rate but is not in the counts
            assertTrue(server.count.get() >= r.requests + 250, server.count.get() + " " + r.resultLine());
            assertTrue(r.resultLine().matches("RESULT rate_target=1000 rate_achieved=\\d+\\.\\d requests=\\d+"
                    + " non2xx=0 errors=0 p50_ms=[0-9.]+ p90_ms=[0-9.]+ p99_ms=[0-9.]+ p999_ms=[0-9.]+"
                    + " max_ms=[0-9.]+ uncorrected_p50_ms=[0-9.]+ uncorrected_p99_ms=[0-9.]+"
                    + " uncorrected_max_ms=[0-9.]+ cpu_ms=\\d+ behind_ms=[0-9.]+ unsent=0"), r.resultLine());
        }
    }

    @Test
    void correctsForCoordinatedOmission() throws IOException {
        // one connection at 100 req/s, the 31st request stalls 500 ms: the ~50 requests due meanwhile wait for it
        try (TestServer server = new TestServer(n -> new TestServer.Reply(200, n == 30 ? 500 : 0, false, false))) {
            LoadGen.Result r = run("--url", server.url(), "--scenario", "get", "--path", "/", "--file", file("t"),
                    "--rate", "100", "--duration", "1.5", "--connections", "1");
            String line = r.resultLine();
            assertTrue(LoadGen.Result.maxMs(r.corrected) >= 480, line);
            assertTrue(LoadGen.Result.ms(r.corrected, 99) >= 400, line);
            assertTrue(LoadGen.Result.ms(r.corrected, 90) >= 50, line); // a tenth of the requests queued
            assertTrue(LoadGen.Result.maxMs(r.uncorrected) >= 480, line); // the stalled one itself
            assertTrue(LoadGen.Result.ms(r.uncorrected, 99) < 50, line);  // what wrk would report
            assertEquals(0, r.errors, line);
            assertTrue(r.requests >= 140, line); // it caught up after the stall
        }
    }

    @Test
    void sendsTheUnlockRequestOfUnlockLua() throws IOException {
        try (TestServer server = new TestServer(n -> TestServer.Reply.ok())) {
            LoadGen.Result r = run("--url", server.url(), "--scenario", "unlock",
                    "--file", file("tok-a lock-a", "", "tok-b  lock-b"), "--rate", "100", "--duration", "0.3",
                    "--connections", "2");
            assertEquals(30, r.requests, r.resultLine());
            Pattern shape = Pattern.compile("POST /api/v1/locks/(lock-[ab])/unlock-commands HTTP/1\\.1\r\n"
                    + "Host: 127\\.0\\.0\\.1:" + server.port() + "\r\n"
                    + "Authorization: Bearer tok-([ab])\r\n"
                    + "Content-Type: application/json\r\n"
                    + "Content-Length: 52\r\n"
                    + "\r\n"
                    + "\\{\"nonce\":\"([A-Za-z0-9_-]{21}[AQgw])\",\"action\":\"UNLOCK\"\\}");
            Set<String> nonces = new HashSet<>();
            Set<String> locks = new HashSet<>();
            for (String request : server.requests) {
                Matcher m = shape.matcher(request);
                assertTrue(m.matches(), request);
                assertEquals("lock-" + m.group(2), m.group(1), "token and lock from the same line");
                assertEquals(16, Base64.getUrlDecoder().decode(m.group(3)).length);
                nonces.add(m.group(3));
                locks.add(m.group(1));
            }
            assertEquals(server.requests.size(), nonces.size(), "a fresh nonce each request");
            assertEquals(Set.of("lock-a", "lock-b"), locks, "random lines");
        }
    }

    @Test
    void anUnlockPathPrefixReplacesTheProducts() throws IOException {
        try (TestServer server = new TestServer(n -> TestServer.Reply.ok())) {
            run("--url", server.url(), "--scenario", "unlock", "--path", "/guarded/api/v1/locks",
                    "--file", file("tok lock-a"), "--rate", "10", "--duration", "0.1", "--connections", "1");
            assertEquals(1, server.requests.size());
            assertTrue(server.requests.get(0).startsWith("POST /guarded/api/v1/locks/lock-a/unlock-commands HTTP/1.1\r\n"),
                    server.requests.get(0));
        }
    }

    @Test
    void sendsTheCodeLoginAndGetRequestsOfTheirScripts() throws IOException {
        try (TestServer server = new TestServer(n -> TestServer.Reply.ok())) {
            run("--url", server.url(), "--scenario", "code-login", "--file", file("12345678 dev-1"),
                    "--rate", "10", "--duration", "0.1", "--connections", "1");
            run("--url", server.url(), "--scenario", "get", "--path", "/api/v1/code-session/locks",
                    "--file", file("tok"), "--rate", "10", "--duration", "0.1", "--connections", "1");
            String body = "{\"code\":\"12345678\",\"deviceId\":\"dev-1\"}";
            assertEquals(List.of("POST /api/v1/code-login HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                            + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n"
                            + body,
                    "GET /api/v1/code-session/locks HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                            + "\r\nAuthorization: Bearer tok\r\n\r\n"), server.requests);
        }
    }

    @Test
    void countsNon2xxAndReadsChunkedAndClosedResponses() throws IOException {
        // every third answer is a 503, every other one chunked, every fifth closes the connection
        try (TestServer server = new TestServer(
                n -> new TestServer.Reply(n % 3 == 0 ? 503 : 200, 0, n % 2 == 0, n % 5 == 4))) {
            LoadGen.Result r = run("--url", server.url(), "--scenario", "get", "--path", "/", "--file", file("t"),
                    "--rate", "300", "--duration", "0.5", "--connections", "2");
            assertEquals(150, r.requests, r.resultLine());
            assertEquals(50, r.non2xx, r.resultLine());
            assertEquals(0, r.errors, r.resultLine() + " " + r.firstError);
            assertTrue(server.connections.get() >= 30, "reconnected after Connection: close");
        }
    }

    @Test
    void recordsTheRequestsItCouldNotSendWhenTheServerFallsBehind() throws IOException {
        // 1 connection, 100 ms a response: 10 req/s served out of 200 offered
        try (TestServer server = new TestServer(n -> new TestServer.Reply(200, 100, false, false))) {
            LoadGen.Result r = run("--url", server.url(), "--scenario", "get", "--path", "/", "--file", file("t"),
                    "--rate", "200", "--duration", "1", "--connections", "1");
            String line = r.resultLine();
            assertTrue(r.requests <= 12, line);
            assertTrue(r.unsent >= 180, line);
            assertTrue(r.behindMs >= 850, line);
            assertEquals(r.requests + r.errors + r.unsent, r.corrected.getTotalCount(), line);
            assertTrue(LoadGen.Result.ms(r.corrected, 99) >= 850, line);
            assertTrue(LoadGen.Result.ms(r.uncorrected, 99) < 300, line);
        }
    }

    @Test
    void errorsAreCountedWithTheirLatency() throws IOException {
        // a server that answers nothing within the timeout
        try (TestServer server = new TestServer(n -> new TestServer.Reply(200, 1000, false, false))) {
            LoadGen.Result r = run("--url", server.url(), "--scenario", "get", "--path", "/", "--file", file("t"),
                    "--rate", "10", "--duration", "0.3", "--connections", "3", "--timeout-ms", "100");
            assertEquals(3, r.errors, r.resultLine());
            assertEquals(0, r.requests, r.resultLine());
            assertTrue(LoadGen.Result.ms(r.corrected, 50) >= 95, r.resultLine());
            assertTrue(LoadGen.Result.maxMs(r.corrected) < 500, r.resultLine()); // aborted, not waited for
            assertEquals("java.net.SocketTimeoutException: no response within 100 ms", r.firstError);
        }
    }

    @Test
    void badArgumentsExitWith2AndOneLine() throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        String f = file("t");
        assertEquals(2, LoadGen.execute(new String[] {"--url", "http://127.0.0.1:1", "--scenario", "get",
            "--file", f, "--rate", "0", "--duration", "1", "--path", "/"}, out, errStream));
        assertEquals(2, LoadGen.execute(new String[] {"--url", "http://127.0.0.1:1", "--scenario", "nope",
            "--file", f, "--rate", "1", "--duration", "1"}, out, errStream));
        assertEquals(2, LoadGen.execute(new String[] {"--url", "http://127.0.0.1:1", "--scenario", "unlock",
            "--file", f, "--rate", "1", "--duration", "1"}, out, errStream)); // one field, needs two
        assertEquals(2, LoadGen.execute(new String[] {"--bogus"}, out, errStream));
        assertEquals(2, LoadGen.execute(new String[] {"--url", "http://127.0.0.1:1", "--scenario", "unlock",
            "--file", file("t l"), "--rate", "1", "--duration", "1", "--path", "/api/v1/locks/"}, out, errStream));
        assertEquals(2, LoadGen.execute(new String[] {"--url", "http://127.0.0.1:1", "--scenario", "code-login",
            "--file", file("c d"), "--rate", "1", "--duration", "1", "--path", "/x"}, out, errStream));
        String[] lines = err.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(6, lines.length);
        for (String l : lines) {
            assertTrue(l.startsWith("loadgen: "), l);
        }
    }

    @Test
    void writesTheCorrectedHistogram() throws IOException {
        Path out = dir.resolve("out.hgrm");
        try (TestServer server = new TestServer(n -> TestServer.Reply.ok())) {
            ByteArrayOutputStream stdout = new ByteArrayOutputStream();
            int code = LoadGen.execute(new String[] {"--url", server.url(), "--scenario", "get", "--path", "/",
                "--file", file("t"), "--rate", "50", "--duration", "0.2", "--histogram", out.toString()},
                    new PrintStream(stdout, true, StandardCharsets.UTF_8), System.err);
            assertEquals(0, code);
            assertTrue(stdout.toString(StandardCharsets.UTF_8).startsWith("RESULT rate_target=50 "));
            String hgrm = Files.readString(out);
            assertTrue(hgrm.contains("Value     Percentile TotalCount 1/(1-Percentile)"), hgrm);
            assertTrue(hgrm.contains("Total count    =           10]"), hgrm);
        }
    }
}
