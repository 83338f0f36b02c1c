package com.lockvue.adapter.rest.problem;

import com.lockvue.domain.failure.Conflict;
import com.lockvue.domain.failure.DomainFailure;
import com.lockvue.domain.failure.InvalidInput;
import com.lockvue.domain.failure.NotAuthenticated;
import com.lockvue.domain.failure.NotFound;
import com.lockvue.domain.failure.PreconditionFailed;
import com.lockvue.domain.failure.RuleViolation;
import com.lockvue.domain.failure.TooManyAttempts;
import com.lockvue.domain.failure.Unprocessable;
import com.lockvue.adapter.rest.headers.RateLimitHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem+json responses; the one place that decides which HTTP status each kind of failure gets. */
public final class Problems {
    private Problems() {
    }

    public static int statusOf(DomainFailure failure) {
        if (failure instanceof InvalidInput) {
            return 400;
        } else if (failure instanceof NotAuthenticated) {
            return 401;
        } else if (failure instanceof RuleViolation) {
            return 403;
        } else if (failure instanceof NotFound) {
            return 404;
        } else if (failure instanceof Conflict) {
            return 409;
        } else if (failure instanceof TooManyAttempts) {
            return 429;
        } else if (failure instanceof PreconditionFailed) {
            return 412;
        } else if (failure instanceof Unprocessable) {
            return 422;
        }
        throw new IllegalStateException("unmapped failure " + failure.getClass());
    }

    public static Response of(DomainFailure failure, String path) {
        Problem problem = Problem.of(statusOf(failure), failure.code().slug(), failure.code().title(), failure.detail())
                .withErrors(failure.fieldErrors().stream()
                        .map(e -> new Problem.FieldProblem(e.field(), e.message())).toList())
                .withInstance(path);
        if (failure instanceof TooManyAttempts tooMany) {
            problem = problem.withRetryAfter(Math.max(1, (tooMany.retryAfter().toMillis() + 999) / 1000));
        }
        Response response = of(problem);
        return failure.limits().isEmpty() ? response
                : RateLimitHeaders.add(Response.fromResponse(response), failure.limits()).build();
    }

    public static Response of(int status, String code, String title, String detail, String path) {
        return of(Problem.of(status, code, title, detail).withInstance(path));
    }

    public static Response badRequest(String detail, List<Problem.FieldProblem> errors, String path) {
        return of(Problem.of(400, "malformed-request", "The request could not be read", detail).withErrors(errors)
                .withInstance(path));
    }

    public static Response of(Problem problem) {
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (problem.status() == 401) {
            response.header("WWW-Authenticate", "Bearer");
        }
        if (problem.retryAfterSeconds() != null) {
            response.header("Retry-After", problem.retryAfterSeconds());
        }
        return response.build();
    }
}
