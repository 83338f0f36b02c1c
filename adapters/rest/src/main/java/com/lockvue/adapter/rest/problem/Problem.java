package com.lockvue.adapter.rest.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem details body. {@code code} repeats the last part of {@code type} for easy matching;
 * {@code requestId} (an extension member) is the X-Request-Id of the request, as on the server's log lines.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String code,
        List<FieldProblem> errors, Long retryAfterSeconds, String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:lockvue:problem:";

    public record FieldProblem(String pointer, String detail) {
    }

    public static Problem of(int status, String code, String title, String detail) {
        return new Problem(TYPE_PREFIX + code, title, status, detail, null, code, null, null, null);
    }

    public Problem withErrors(List<FieldProblem> fieldErrors) {
        return new Problem(type, title, status, detail, instance, code, fieldErrors.isEmpty() ? null : fieldErrors,
                retryAfterSeconds, requestId);
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, code, errors, retryAfterSeconds, requestId);
    }

    public Problem withRetryAfter(long seconds) {
        return new Problem(type, title, status, detail, instance, code, errors, seconds, requestId);
    }

    public Problem withRequestId(String id) {
        return new Problem(type, title, status, detail, instance, code, errors, retryAfterSeconds, id);
    }
}
