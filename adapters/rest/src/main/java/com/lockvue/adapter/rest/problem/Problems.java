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
import org.jboss.logging.MDC;

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
        return of(malformed(detail, errors).withInstance(path));
    }

    /** A request that could not be read: bad JSON, a body or a request target that is not UTF-8, a bad URI. */
    public static Problem malformed(String detail, List<Problem.FieldProblem> errors) {
        return Problem.of(400, "malformed-request", "The request could not be read", detail).withErrors(errors);
    }

    // The HTTP layer's own refusals, raised before any resource is chosen (adapter.rest.http).

    public static Problem requestLineTooLong(int limit) {
        return Problem.of(414, "uri-too-long", "URI too long", "The request line must be at most " + limit + " bytes");
    }

    public static Problem headersTooLarge(int limit) {
        return Problem.of(431, "headers-too-large", "Request headers too large",
                "The request headers must be at most " + limit + " bytes in all");
    }

    public static Problem bodyTooLarge(long limit) {
        return Problem.of(413, "body-too-large", "Request body too large",
                "The request body must be at most " + limit + " bytes");
    }

    /** What an HTTP-layer failure known only by its status becomes; anything unexpected is an internal error. */
    public static Problem ofStatus(int status) {
        return switch (status) {
            case 400 -> malformed("The request is not valid HTTP", List.of());
            case 401 -> Problem.of(401, "not-authenticated", "Not authenticated",
                    "Send a valid, unexpired bearer token for this endpoint");
            case 403 -> Problem.of(403, "forbidden", "Forbidden", "This request is not allowed");
            case 404 -> Problem.of(404, "not-found", "Not found", "There is no such resource");
            case 405 -> Problem.of(405, "method-not-allowed", "Method not allowed", "This method is not allowed here");
            case 413 -> Problem.of(413, "body-too-large", "Request body too large", "The request body is too large");
            case 414 -> Problem.of(414, "uri-too-long", "URI too long", "The request line is too long");
            case 415 -> Problem.of(415, "unsupported-media-type", "Unsupported media type",
                    "Send the body as application/json");
            case 431 -> Problem.of(431, "headers-too-large", "Request headers too large", "The request headers are too large");
            case 503 -> Problem.of(503, "service-unavailable", "Service unavailable",
                    "The service is temporarily unavailable; try again shortly");
            default -> status >= 400 && status < 500
                    ? Problem.of(status, "malformed-request", "The request could not be read", "The request was refused")
                    : Problem.of(500, "internal-error", "Internal error", "Something went wrong on our side");
        };
    }

    public static Response of(Problem problem) {
        // The request id is put in the MDC by the HTTP layer (bootstrap's RequestIds) for every request.
        Object requestId = MDC.get("requestId");
        if (requestId != null && problem.requestId() == null) {
            problem = problem.withRequestId(requestId.toString());
        }
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
