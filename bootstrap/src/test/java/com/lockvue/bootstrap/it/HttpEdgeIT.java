package com.lockvue.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.lockvue.bootstrap.EmbeddedDatabase;
import com.lockvue.bootstrap.support.Http;
import com.lockvue.bootstrap.support.RawHttp;
import com.lockvue.bootstrap.support.RawHttp.Answer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The packaged server as it is run, with no proxy trusted: what the @QuarkusTests cannot show, because the test JVM
 * sets its own system properties and trusts loopback as a proxy. LockVueMain hands request-target checks to
 * RequestGuard (Quarkus' own would answer an empty 400), a request without Host reaches the router's problem, and a
 * client's own X-Forwarded-Proto does not turn HSTS on.
 */
@Timeout(180)
class HttpEdgeIT {
    private static final Path WORK = ServerProcess.WORK.resolve("http-edge");
    private static EmbeddedDatabase database;
    private static ServerProcess server;

    @BeforeAll
    static void start() {
        try {
            database = EmbeddedDatabase.start(ItSupport.databaseSettings(WORK)
                    .with(EmbeddedDatabase.Lifetime.DELETED_ON_CLOSE));
            Map<String, String> env = new HashMap<>(ItSupport.serverEnvironment(database, WORK.resolve("secrets")));
            env.keySet().removeIf(name -> name.startsWith("QUARKUS_HTTP_PROXY_"));
            server = ServerProcess.start("edge", WORK, env);
        } catch (RuntimeException | Error e) {
            stop();
            throw e;
        }
    }

    @AfterAll
    static void stop() {
        ItSupport.closeQuietly(server, database);
    }

    @Test
    void targetsThatAreNotValidUrisAreProblemsNotEmptyAnswers() {
        for (String target : new String[] {"/api/v1/locks?search=a|b", "/api/v1/{x}", "/api/v1/locks/%zz"}) {
            assertProblem(RawHttp.exchange(server.port, "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n\r\n"), 400,
                    "malformed-request");
        }
    }

    @Test
    void anHttp11RequestWithoutHostIsA400Problem() {
        assertProblem(RawHttp.exchange(server.port, "GET /api/v1/locks HTTP/1.1\r\n\r\n"), 400, "malformed-request");
    }

    @Test
    void aRequestLineOverTheLimitIsA414Problem() {
        assertProblem(RawHttp.exchange(server.port, "GET /" + "a".repeat(100_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n"),
                414, "uri-too-long");
    }

    @Test
    void aClientsOwnForwardedProtoDoesNotTurnOnHsts() {
        Answer answer = RawHttp.exchange(server.port,
                "GET /q/health/live HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-Proto: https\r\nConnection: close\r\n\r\n");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Strict-Transport-Security")).isNull();
        assertThat(answer.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
    }

    private static void assertProblem(Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"code\":\"" + code + "\"").contains("\"status\":" + status);
    }
}
