package com.lockvue.bootstrap.ops;

import com.lockvue.adapter.persistence.Jdbc;
import com.lockvue.application.event.IntegratorEvent;
import com.lockvue.application.port.out.AuditLog;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.audit.AuditOutcome;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Counts Code Logins and lock commands from the audit trail, which records every attempt with its outcome and
 * reason. An event counts once its transaction (JTA's, or a plain one of {@link Jdbc}) commits, so the figures match
 * the trail even when a use case rolls back after appending.
 */
@Decorator
@Priority(10)
public class MeteredAuditLog implements AuditLog {
    private final AuditLog delegate;
    private final ProductMetrics metrics;
    private final Jdbc jdbc;

    @Inject
    MeteredAuditLog(@Delegate AuditLog delegate, ProductMetrics metrics, Jdbc jdbc) {
        this.delegate = delegate;
        this.metrics = metrics;
        this.jdbc = jdbc;
    }

    @Override
    public void append(AuditEvent event, Optional<IntegratorEvent> announced) {
        delegate.append(event, announced);
        Runnable count = counting(event);
        if (count != null) {
            jdbc.afterCommit(count);
        }
    }

    private Runnable counting(AuditEvent event) {
        boolean succeeded = event.outcome() == AuditOutcome.SUCCESS;
        // A reason is a failure slug, then (for code logins) " device=..."; a success's note starts with the action.
        String firstWord = firstWord(event.reason());
        if (event.action() == AuditAction.CODE_LOGIN) {
            return () -> metrics.codeLogin(succeeded, firstWord);
        }
        if (event.action() == AuditAction.LOCK_COMMAND_ISSUED) {
            return () -> metrics.lockCommand(succeeded ? firstWord : null, succeeded, firstWord);
        }
        return null;
    }

    private static String firstWord(String text) {
        if (text == null) {
            return null;
        }
        int space = text.indexOf(' ');
        return space < 0 ? text : text.substring(0, space);
    }
}
