package com.lockvue.adapter.rest.http;

import com.lockvue.adapter.rest.problem.Problem;
import com.lockvue.adapter.rest.problem.Problems;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Answers as problem+json what the Vert.x router fails by itself, which would otherwise leave with an empty body or
 * Quarkus' own error page: a path it cannot decode (400), one that does not start with "/" (404), an HTTP/1.1
 * request without Host (400), a body past the limit while it is read (413), a failure in a route filter (500).
 */
@Singleton
public class RouterFailures {
    private static final Logger LOG = Logger.getLogger(RouterFailures.class);
    /** Statuses the router may fail a request with on its own, before any route wrote an answer. */
    private static final Set<Integer> ROUTER_STATUSES = Set.of(400, 401, 403, 404, 405, 413, 414, 415, 431, 500, 501,
            503);

    private final ProblemResponses problems;
    private final long maxBodySize;

    RouterFailures(ProblemResponses problems,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.problems = problems;
        this.maxBodySize = maxBodySize.map(MemorySize::asLongValue).orElse(-1L);
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> failed(context, context.statusCode()));
        // A request whose path the router cannot decode matches no route, not even a failure handler, and ends here;
        // the status is only known by which handler is called.
        ROUTER_STATUSES.forEach(status -> router.errorHandler(status, context -> failed(context, status)));
    }

    private void failed(RoutingContext context, int failedWith) {
        int status = failedWith >= 400 ? failedWith : statusOf(context.failure());
        if (status >= 500 && status != 503) {
            LOG.errorf(context.failure(), "Request failed in the HTTP layer with %d", status);
        }
        Problem problem = status == 413 && maxBodySize >= 0 ? Problems.bodyTooLarge(maxBodySize) : Problems.ofStatus(status);
        // After a 400 the rest of the request cannot be trusted; after a 413 it is unread.
        problems.send(context, problem, status == 400 || status == 413);
    }

    /** A failure without a status: security's own exceptions keep their meaning; anything else is our error. */
    private static int statusOf(Throwable failure) {
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            return 401;
        }
        return failure instanceof ForbiddenException ? 403 : 500;
    }
}
