package com.lockvue.bootstrap.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the PostgreSQL test resource once for every @QuarkusTest of this module. */
@SuppressWarnings("deprecation")
@QuarkusTestResource(PostgresTestResource.class)
public final class TestDatabase {
    private TestDatabase() {
    }
}
