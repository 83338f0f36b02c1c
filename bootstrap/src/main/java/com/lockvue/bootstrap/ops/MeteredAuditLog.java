package com.lockvue.bootstrap.ops;

import com.lockvue.application.event.IntegratorEvent;
import com.lockvue.application.port.out.AuditLog;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.audit.AuditOutcome;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;

/**
 * Counts Code Logins and lock commands from the audit trail, which records every attempt with its outcome and
 * reason. An event counts once its transaction commits, so the figures match the trail even when a use case
 * rolls back after appending.
 */
@Decorator
@Priority(10)
public class MeteredAuditLog implements AuditLog {
    private final AuditLog delegate;
    private final ProductMetrics metrics;
    private final TransactionSynchronizationRegistry transactions;

    @Inject
    MeteredAuditLog(@Delegate AuditLog delegate, ProductMetrics metrics,
            TransactionSynchronizationRegistry transactions) {
        this.delegate = delegate;
        this.metrics = metrics;
        this.transactions = transactions;
    }

    @Override
    public void append(AuditEvent event, Optional<IntegratorEvent> announced) {
        delegate.append(event, announced);
        Runnable count = counting(event);
        if (count == null) {
            return;
        }
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        count.run();
                    }
                }
            });
        } else {
            count.run();
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
