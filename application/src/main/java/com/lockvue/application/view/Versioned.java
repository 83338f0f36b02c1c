package com.lockvue.application.view;

/** A value with the version it was read at: the entity tag a client sends back in If-Match. */
public record Versioned<T>(T value, long version) {
}
