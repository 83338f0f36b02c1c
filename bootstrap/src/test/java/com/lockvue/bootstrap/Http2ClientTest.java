package com.lockvue.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.lockvue.bootstrap.support.Owner;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The JDK's HttpClient (what the generated Java client uses) asks for HTTP/2 by default and, over plain HTTP, upgrades
 * the first request's connection (h2c): the body of a POST then arrives before the request reaches any route. The
 * request guard used to read it a second time and every such request was a 500.
 */
@QuarkusTest
class Http2ClientTest {
    @Test
    void aPostWithABodyOverAnUpgradedHttp2ConnectionIsServed() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        URI base = URI.create(RestAssured.baseURI + ":" + RestAssured.port);
        for (int i = 0; i < 2; i++) { // the upgrade request, then a request on the HTTP/2 connection itself
            String body = "{\"accountName\":\"H2\",\"email\":\"h2-" + UUID.randomUUID()
                    + "@example.com\",\"password\":\"" + Owner.PASSWORD + "\",\"timeZone\":\"UTC\"}";
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(base.resolve("/api/v1/accounts"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
            assertThat(answer.body()).contains("accessToken");
            if (i == 1) {
                assertThat(answer.version()).as("the connection was upgraded").isEqualTo(HttpClient.Version.HTTP_2);
            }
        }
    }
}
