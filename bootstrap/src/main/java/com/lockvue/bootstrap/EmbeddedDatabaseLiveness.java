package com.lockvue.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness fails once the embedded PostgreSQL is dead for good (its supervisor gave up), so that whatever runs the
 * server restarts it. While the supervisor is still trying the server is alive, only not ready.
 */
@Liveness
@ApplicationScoped
public class EmbeddedDatabaseLiveness implements HealthCheck {
    static final String NAME = "embedded-database";

    @Override
    public HealthCheckResponse call() {
        return EmbeddedDatabaseSupervisor.installedState()
                .map(state -> HealthCheckResponse.named(NAME).status(state != EmbeddedDatabaseSupervisor.State.FAILED)
                        .withData("state", state.name().toLowerCase(Locale.ROOT)).build())
                .orElseGet(() -> HealthCheckResponse.named(NAME).up().withData("state", "not-used").build());
    }
}
