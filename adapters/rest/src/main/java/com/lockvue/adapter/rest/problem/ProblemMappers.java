package com.lockvue.adapter.rest.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.lockvue.adapter.rest.Utf8Bodies;
import com.lockvue.domain.failure.DomainFailure;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error leaves as problem+json: domain refusals, unreadable bodies, framework errors (404, 405, 415),
 * authentication failures, an unreachable database (503) and, last, anything unexpected (500, logged here with
 * its stack trace but never sent to the client).
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response domain(DomainFailure failure, UriInfo uri) {
        return Problems.of(failure, path(uri));
    }

    // Quarkus ships mappers for these Jackson types that answer an empty 400; the closest type wins, so each is
    // named here to keep every error a problem+json.
    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response badValue(InvalidFormatException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response notJson(JsonParseException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response notUtf8(Utf8Bodies.NotUtf8 e, UriInfo uri) {
        return Problems.badRequest(e.getMessage(), List.of(), path(uri));
    }

    /** A DTO Jackson cannot build is our bug, not the client's: a 500, but still a problem+json. */
    @ServerExceptionMapper
    public Response unmappableType(InvalidDefinitionException e, UriInfo uri) {
        return unexpected(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String pointer = pointer(unknown);
            return Problems.badRequest("Unknown field '" + unknown.getPropertyName() + "'",
                    List.of(new Problem.FieldProblem(pointer, "is not a known field")), path(uri));
        }
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            JsonMappingException mapping = (JsonMappingException) e;
            String pointer = pointer(mapping);
            String expected = mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                    ? describe(mismatch.getTargetType()) : "a valid value";
            return Problems.badRequest("Field " + pointer + " must be " + expected,
                    List.of(new Problem.FieldProblem(pointer, "must be " + expected)), path(uri));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String pointer = pointer(mapping);
            return Problems.badRequest("Field " + pointer + " is not valid",
                    List.of(new Problem.FieldProblem(pointer, "is not valid")), path(uri));
        }
        return Problems.badRequest("The body is not valid JSON", List.of(), path(uri));
    }

    @ServerExceptionMapper
    public Response notAuthenticated(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problems.of(403, "forbidden", "Forbidden", "This token may not be used here", path(uri));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return unreadableJson(json, uri);
            }
        }
        if (e instanceof NotAllowedException) {
            return Problems.of(405, "method-not-allowed", "Method not allowed", "This method is not allowed here", path(uri));
        }
        if (e instanceof NotSupportedException) {
            return Problems.of(415, "unsupported-media-type", "Unsupported media type",
                    "Send the body as application/json", path(uri));
        }
        if (e instanceof NotAcceptableException) {
            return Problems.of(406, "not-acceptable", "Not acceptable", "This resource answers application/json", path(uri));
        }
        if (status == 404) {
            return Problems.of(404, "not-found", "Not found", "There is no such resource", path(uri));
        }
        if (status == 401) {
            return unauthenticated(uri);
        }
        if (status >= 400 && status < 500) {
            return Problems.badRequest(e.getMessage() == null ? "The request is not valid" : e.getMessage(), List.of(),
                    path(uri));
        }
        return unexpected(e, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (isDatabaseUnavailable(e)) {
            LOG.warnf("Database unavailable while serving %s: %s", path(uri), e.toString());
            return Response.fromResponse(Problems.of(503, "service-unavailable", "Service unavailable",
                    "The service is temporarily unavailable; try again shortly", path(uri))).header("Retry-After", 5)
                    .build();
        }
        LOG.errorf(e, "Unexpected error serving %s", path(uri));
        return Problems.of(500, "internal-error", "Internal error", "Something went wrong on our side", path(uri));
    }

    private static Response unauthenticated(UriInfo uri) {
        return Problems.of(401, "not-authenticated", "Not authenticated",
                "Send a valid, unexpired bearer token for this endpoint", path(uri));
    }

    /**
     * SQLState class 08 is "connection exception"; 57P01-03 are server shutdown or not accepting connections. The
     * pool's acquisition timeout (Agroal: an SQLException with no SQLState, caused by a TimeoutException when a new
     * connection did not come in time, or thrown by the pool itself when every connection stayed busy) means no
     * connection could be had in time: the database does not answer, or is saturated.
     */
    static boolean isDatabaseUnavailable(Throwable e) {
        return isDatabaseUnavailable(e, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /**
     * Looks through causes and suppressed exceptions: a commit that fails on a dying connection reaches us as
     * Narayana's RollbackException, with the driver's exception only among the suppressed ones.
     */
    private static boolean isDatabaseUnavailable(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return false;
        }
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() == null
                && (t.getCause() instanceof TimeoutException || raisedByThePool(t))) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (isDatabaseUnavailable(suppressed, seen)) {
                return true;
            }
        }
        return isDatabaseUnavailable(t.getCause(), seen);
    }

    /** Agroal's own failures (acquisition timeouts with or without a cause, a closed pool) carry no SQLState. */
    private static boolean raisedByThePool(Throwable t) {
        StackTraceElement[] trace = t.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith("io.agroal.");
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            pointer.append('/');
            pointer.append(ref.getFieldName() != null ? ref.getFieldName().replace("~", "~0").replace("/", "~1")
                    : String.valueOf(ref.getIndex()));
        }
        return pointer.isEmpty() ? "/" : pointer.toString();
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an RFC 3339 date-time such as 2030-01-31T17:00:00Z";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type == java.util.UUID.class) {
            return "a UUID";
        }
        return "an object";
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
