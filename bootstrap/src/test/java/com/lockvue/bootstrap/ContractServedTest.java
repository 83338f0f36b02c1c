package com.lockvue.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The server publishes openapi.yaml itself, unchanged, and the Swagger UI over it. */
@QuarkusTest
class ContractServedTest {

    @Test
    void theServedContractIsTheRepositorysOpenapiYaml() throws Exception {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        var yaml = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        var expected = yaml.readTree(Files.readString(Path.of("..", "openapi.yaml")));
        assertThat(yaml.readTree(served)).isEqualTo(expected);
    }

    @Test
    void swaggerUiIsAvailable() {
        String page = given().get("/q/swagger-ui/").then().statusCode(200).extract().asString();
        assertThat(page).containsIgnoringCase("swagger");
    }
}
