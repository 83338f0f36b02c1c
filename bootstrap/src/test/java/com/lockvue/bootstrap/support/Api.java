package com.lockvue.bootstrap.support;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * REST Assured against the running application, with every request and response validated against the
 * contract, openapi.yaml. Each instance is one client with its own address (sent as X-Forwarded-For, which the
 * test profile trusts from loopback), so rate limits of one test do not leak into another.
 */
public final class Api {
    private static final AtomicInteger NEXT_CLIENT = new AtomicInteger();
    private static final String CONTRACT = readContract();

    /** Validates requests and responses: for requests that follow the contract. */
    public static final OpenApiValidationFilter CONTRACT_CHECK = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForInlineApiSpecification(CONTRACT).build());

    /**
     * Validates responses only: for requests that break the contract on purpose (bad input, missing token),
     * whose answers must still be as the contract says.
     */
    public static final OpenApiInteractionValidator RESPONSE_VALIDATOR =
            OpenApiInteractionValidator.createForInlineApiSpecification(CONTRACT)
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build();

    /** {@link #RESPONSE_VALIDATOR} as a REST Assured filter. */
    public static final OpenApiValidationFilter RESPONSE_CHECK = new OpenApiValidationFilter(RESPONSE_VALIDATOR);

    private final String clientAddress;

    public Api() {
        // 198.18.0.0/15, set aside for benchmarking (RFC 2544): addresses that are only ever a header value here.
        int n = NEXT_CLIENT.getAndIncrement();
        if (n >= 2 * 256 * 254) {
            throw new IllegalStateException("more clients than test addresses");
        }
        this.clientAddress = "198." + (18 + n / (256 * 254)) + "." + (n / 254 % 256) + "." + (n % 254 + 1);
    }

    public String clientAddress() {
        return clientAddress;
    }

    /** An anonymous request that follows the contract. */
    public RequestSpecification anonymous() {
        return given().filter(CONTRACT_CHECK).header("X-Forwarded-For", clientAddress).contentType(ContentType.JSON);
    }

    /** A request with a bearer token that follows the contract. */
    public RequestSpecification with(String token) {
        return anonymous().header("Authorization", "Bearer " + token);
    }

    /** A request that may break the contract on purpose; its response is still checked. */
    public RequestSpecification unchecked() {
        return given().filter(RESPONSE_CHECK).header("X-Forwarded-For", clientAddress);
    }

    public RequestSpecification unchecked(String token) {
        return unchecked().header("Authorization", "Bearer " + token);
    }

    private static String readContract() {
        try {
            return Files.readString(Path.of("..", "openapi.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException("openapi.yaml not found next to the bootstrap module", e);
        }
    }
}
