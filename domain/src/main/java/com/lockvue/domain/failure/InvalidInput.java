package com.lockvue.domain.failure;

import java.util.List;

/** The input breaks a rule about its own shape or range; nothing was changed. */
public final class InvalidInput extends DomainFailure {
    private final List<FieldError> errors;

    public InvalidInput(FailureCode code, String detail, List<FieldError> errors) {
        super(code, detail);
        this.errors = List.copyOf(errors);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(FailureCode.VALIDATION_FAILED, message, List.of(new FieldError(field, message)));
    }

    public static InvalidInput of(FailureCode code, String field, String message) {
        return new InvalidInput(code, message, List.of(new FieldError(field, message)));
    }

    @Override
    public List<FieldError> fieldErrors() {
        return errors;
    }
}
