package com.lockvue.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The jar `./mvnw package` makes, started bare as a new user would (no database configured: it starts its embedded
 * one), serves the console, the code-login app, the API and the metrics from one process.
 */
@Timeout(300)
class PackagedServerIT {
    private static final Path WORK = ServerProcess.WORK.resolve("packaged-server");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static ServerProcess server;

    @BeforeAll
    static void start() {
        server = ServerProcess.start("server", WORK, Map.of());
    }

    @AfterAll
    static void stop() {
        ItSupport.closeQuietly(server);
    }

    @Test
    void theConsoleAndTheCodeLoginAppAreInTheJar() throws Exception {
        for (String page : new String[] {"/", "/app", "/unique-codes"}) {
            HttpResponse<String> answer = get(page, "text/html");
            assertThat(answer.statusCode()).as(page).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
            assertThat(answer.body()).as(page).contains("<div id=\"root\">").contains("/assets/");
        }
        String script = get("/", "text/html").body().replaceAll("(?s).*src=\"(/assets/[^\"]+\\.js)\".*", "$1");
        assertThat(get(script, "*/*").statusCode()).as(script).isEqualTo(200);
    }

    @Test
    void theApiAnswersBesideTheConsole() throws Exception {
        HttpResponse<String> answer = get("/api/v1/locks", "application/json");
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
    }

    @Test
    void metricsCoverHttpThePoolTheJvmAndTheProduct() throws Exception {
        get("/api/v1/locks", "application/json");
        HttpResponse<String> metrics = get("/q/metrics", "text/plain");
        assertThat(metrics.statusCode()).isEqualTo(200);
        // Some Prometheus writers end a label set with a comma (`,}`); both spellings are the same series.
        assertThat(metrics.body().replace(",}", "}"))
                .contains("http_server_requests_seconds_count{method=\"GET\",outcome=\"CLIENT_ERROR\",status=\"401\",uri=\"/api/v1/locks\"}")
                .contains("agroal_active_count{datasource=\"default\"}")
                .contains("jvm_memory_used_bytes")
                .contains("lockvue_code_logins_total")
                .contains("lockvue_rate_limit_refusals_total")
                .contains("lockvue_lock_commands_total")
                .contains("lockvue_unique_codes");
    }

    private static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
