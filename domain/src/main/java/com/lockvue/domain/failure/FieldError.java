package com.lockvue.domain.failure;

/**
 * One invalid input field. {@code field} is a JSON Pointer into the request (RFC 6901), for example
 * {@code /description} or {@code /lockIds/2}.
 */
public record FieldError(String field, String message) {
}
