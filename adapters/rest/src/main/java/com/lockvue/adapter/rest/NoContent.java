package com.lockvue.adapter.rest;

import jakarta.ws.rs.core.Response;

/**
 * The answer of an operation that succeeds without a body (204). Such a resource method is marked
 * {@code @Produces(MediaType.WILDCARD)}: it offers no media type, so no Accept header can make it refuse. Clients
 * generated from openapi.yaml send as Accept the media types of the responses the operation declares, which for an
 * operation whose only bodies are errors is {@code application/problem+json} alone; RESTEasy Reactive matches Accept
 * against {@code @Produces} before the method runs, so a method producing {@code application/json} answered those
 * clients 406. Errors of these methods still leave as problem+json: {@code Problems} names the type itself.
 */
final class NoContent {
    private NoContent() {
    }

    static Response response() {
        return Response.noContent().build();
    }
}
