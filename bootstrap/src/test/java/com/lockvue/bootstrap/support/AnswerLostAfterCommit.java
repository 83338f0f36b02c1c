package com.lockvue.bootstrap.support;

import com.lockvue.adapter.rest.problem.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Tests only: a request carrying {@link #HEADER} is carried out and committed as usual, then its answer is lost on
 * the way, the client getting a 503 instead, as when a connection drops after COMMIT. Inert without the header.
 */
@Provider
public class AnswerLostAfterCommit implements ContainerResponseFilter {
    public static final String HEADER = "X-Test-Lose-Answer";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getHeaderString(HEADER) == null) {
            return;
        }
        response.setStatus(503);
        response.setEntity(Problem.of(503, "service-unavailable", "Service unavailable", "The answer was lost"),
                null, jakarta.ws.rs.core.MediaType.valueOf(Problem.MEDIA_TYPE));
        response.getHeaders().remove("Location");
        response.getHeaders().putSingle("Retry-After", "5");
    }
}
