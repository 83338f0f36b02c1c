package com.lockvue.adapter.rest.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lockvue.adapter.rest.security.Callers;
import com.lockvue.application.port.in.IdempotentRequestUseCase;
import com.lockvue.application.port.in.IdempotentRequestUseCase.IdempotencyKey;
import com.lockvue.application.port.in.IdempotentRequestUseCase.IdempotentRequest;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.UndeclaredThrowableException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Honours {@code Idempotency-Key} on the methods marked {@link Idempotent}. Runs after authentication: a repeat must
 * come from the same caller, whose account is the key's scope (anonymous operations share one scope, and the
 * request's body, credentials included, is in the fingerprint). The fingerprint digests the method, the path, the
 * caller and the request as the resource method received it (its body and header parameters, as read), so two
 * spellings of one JSON body are one request. Without the header, the method runs as usual.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 100)
public class IdempotencyInterceptor {
    public static final String HEADER = "Idempotency-Key";

    @Inject
    HttpServerRequest request;
    @Inject
    Callers callers;
    @Inject
    IdempotentRequestUseCase requests;
    @Inject
    ObjectMapper json;

    @AroundInvoke
    Object honourIdempotencyKey(InvocationContext invocation) throws Exception {
        String header = request.getHeader(HEADER);
        if (header == null) {
            return invocation.proceed();
        }
        boolean anonymous = invocation.getMethod().isAnnotationPresent(PermitAll.class);
        Callers.Identity caller = anonymous ? new Callers.Identity("anonymous", "anonymous") : callers.identity();
        IdempotencyKey key = new IdempotencyKey(caller.scope(), unquoted(header));
        Idempotent marked = invocation.getMethod().getAnnotation(Idempotent.class);
        var outcome = requests.run(new IdempotentRequest(key, fingerprint(invocation, caller), marked.commit()),
                () -> (Response) proceed(invocation), response -> StoredAnswer.encode(response, json));
        if (outcome instanceof IdempotentRequestUseCase.Replayed<Response> replayed) {
            return StoredAnswer.replay(replayed.answer(), json);
        }
        return ((IdempotentRequestUseCase.Fresh<Response>) outcome).value();
    }

    /** The draft standard writes the key as a structured-field string ("..."); plain tokens are taken as they are. */
    static String unquoted(String header) {
        String value = header.strip();
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    private byte[] fingerprint(InvocationContext invocation, Callers.Identity caller) throws JsonProcessingException {
        String request = this.request.method().name() + " " + this.request.path() + "\n" + caller.caller() + "\n"
                + json.writeValueAsString(invocation.getParameters());
        try {
            return MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static Object proceed(InvocationContext invocation) {
        try {
            return invocation.proceed();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new UndeclaredThrowableException(e);
        }
    }
}
