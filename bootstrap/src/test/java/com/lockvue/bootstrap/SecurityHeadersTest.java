package com.lockvue.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.lockvue.bootstrap.support.Owner;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The console's pages and assets carry a strict Content-Security-Policy, API answers one that allows nothing, and
 * Swagger UI its own; HSTS only when the request came over HTTPS (here: from the test profile's trusted loopback
 * proxy with X-Forwarded-Proto).
 */
@QuarkusTest
class SecurityHeadersTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/index.html", "/app", "/unique-codes", "/locks/1234", "/assets/missing.js"})
    void consolePagesAndAssetsHaveTheStrictPolicy(String path) {
        Response page = given().accept("text/html").get(path);
        Map<String, String> policy = directives(page.header("Content-Security-Policy"));
        assertThat(policy).containsEntry("default-src", "'none'").containsEntry("script-src", "'self'")
                .containsEntry("style-src", "'self'").containsEntry("img-src", "'self'")
                .containsEntry("connect-src", "'self'").containsEntry("frame-ancestors", "'none'")
                .containsEntry("object-src", "'none'").containsEntry("base-uri", "'none'");
        assertThat(page.header("Content-Security-Policy")).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval")
                .doesNotContain("data:").doesNotContain("*");
    }

    @Test
    void theServedConsoleHasNoInlineScriptOrStyleAndItsAssetsCarryThePolicy() {
        Response index = given().accept("text/html").get("/");
        Assumptions.assumeTrue(index.statusCode() == 200, "the console is not built (npm --prefix web-ui run build)");
        String html = index.asString();
        assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE).matcher(html).find())
                .as("inline <script> in index.html").isFalse();
        assertThat(html).doesNotContainIgnoringCase("<style").doesNotContainIgnoringCase(" style=")
                .doesNotContainIgnoringCase("javascript:");
        Matcher asset = Pattern.compile("(?:src|href)=\"(/assets/[^\"]+)\"").matcher(html);
        int assets = 0;
        while (asset.find()) {
            Response served = given().get(asset.group(1));
            assertThat(served.statusCode()).isEqualTo(200);
            assertThat(served.header("Content-Security-Policy")).isEqualTo(index.header("Content-Security-Policy"));
            assets++;
        }
        assertThat(assets).as("scripts and styles referenced by index.html").isPositive();
        // A deep link is the same page, under the same policy.
        Response deepLink = given().accept("text/html").get("/unique-codes");
        assertThat(deepLink.asString()).isEqualTo(html);
        assertThat(deepLink.header("Content-Security-Policy")).isEqualTo(index.header("Content-Security-Policy"));
    }

    @Test
    void apiAnswersAllowNothing() {
        Owner owner = Owner.signUp();
        for (Response answer : List.of(owner.request().get("/api/v1/me"), given().get("/api/v1/locks"),
                given().get("/q/health/ready"), given().get("/q/openapi"))) {
            Map<String, String> policy = directives(answer.header("Content-Security-Policy"));
            assertThat(policy).containsEntry("default-src", "'none'").containsEntry("frame-ancestors", "'none'");
        }
    }

    @Test
    void swaggerUiMayRunItsInlineScriptsButLoadsNothingFromElsewhereAndCannotBeFramed() {
        Response ui = given().redirects().follow(true).get("/q/swagger-ui/");
        assertThat(ui.statusCode()).isEqualTo(200);
        Map<String, String> policy = directives(ui.header("Content-Security-Policy"));
        assertThat(policy).containsEntry("default-src", "'self'").containsEntry("script-src", "'self' 'unsafe-inline'")
                .containsEntry("frame-ancestors", "'none'").containsEntry("object-src", "'none'");
        assertThat(ui.header("Content-Security-Policy")).doesNotContain("*").doesNotContain("http:").doesNotContain("https:");
    }

    @Test
    void noHstsOverPlainHttp() {
        assertThat(given().get("/").header("Strict-Transport-Security")).isNull();
        assertThat(given().get("/api/v1/locks").header("Strict-Transport-Security")).isNull();
        assertThat(given().header("X-Forwarded-Proto", "http").get("/").header("Strict-Transport-Security")).isNull();
    }

    @Test
    void hstsWhenATrustedProxySaysTheRequestCameOverHttps() {
        assertThat(given().header("X-Forwarded-Proto", "https").accept("text/html").get("/").header("Strict-Transport-Security"))
                .isEqualTo("max-age=31536000");
        assertThat(given().header("X-Forwarded-Proto", "https").get("/api/v1/locks").header("Strict-Transport-Security"))
                .isEqualTo("max-age=31536000");
    }

    private static Map<String, String> directives(String policy) {
        assertThat(policy).as("Content-Security-Policy").isNotBlank();
        return Arrays.stream(policy.split(";")).map(String::trim).filter(d -> !d.isEmpty())
                .collect(Collectors.toMap(d -> d.split(" ", 2)[0], d -> d.contains(" ") ? d.split(" ", 2)[1] : ""));
    }
}
