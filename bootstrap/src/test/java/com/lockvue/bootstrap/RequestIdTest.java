package com.lockvue.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Every answer carries a request id, and a problem+json names the same one, so a report can be found in the log. */
@QuarkusTest
class RequestIdTest {

    @Test
    void aProblemNamesTheRequestIdOfItsResponseHeader() {
        ExtractableResponse<Response> answer = given().get("/api/v1/locks").then().statusCode(401).extract();
        String id = answer.header("X-Request-Id");
        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(answer.jsonPath().getString("requestId")).isEqualTo(id);
    }

    @Test
    void eachRequestGetsItsOwnId() {
        String first = given().get("/q/health/live").then().extract().header("X-Request-Id");
        String second = given().get("/q/health/live").then().extract().header("X-Request-Id");
        assertThat(first).isNotBlank().isNotEqualTo(second);
    }

    @Test
    void theCallersPlainIdIsKeptSoTheProxysLogAndOursLineUp() {
        ExtractableResponse<Response> answer = given().header("X-Request-Id", "edge-4f2a9c01.7").get("/api/v1/locks")
                .then().statusCode(401).extract();
        assertThat(answer.header("X-Request-Id")).isEqualTo("edge-4f2a9c01.7");
        assertThat(answer.jsonPath().getString("requestId")).isEqualTo("edge-4f2a9c01.7");
    }

    @Test
    void anIdThatCouldForgeALogLineOrFieldIsReplaced() {
        for (String offered : new String[] {"short", "spaces are not plain", "quote\"and{brace}", "x".repeat(65)}) {
            String id = given().header("X-Request-Id", offered).get("/api/v1/locks").then().statusCode(401).extract()
                    .header("X-Request-Id");
            assertThat(id).as(offered).isNotEqualTo(offered).matches("[0-9a-f-]{36}");
        }
    }
}
