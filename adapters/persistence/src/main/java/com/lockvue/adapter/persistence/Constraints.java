package com.lockvue.adapter.persistence;

import jakarta.persistence.PersistenceException;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;

/** Finds which database constraint a failed write broke, so races end in a clear domain failure. */
final class Constraints {
    private Constraints() {
    }

    static Optional<String> violated(PersistenceException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException cve && cve.getConstraintName() != null) {
                return Optional.of(cve.getConstraintName().toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }
}
