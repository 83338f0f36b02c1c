package com.lockvue.application.service;

import com.lockvue.application.event.EventFacts;
import com.lockvue.application.event.IntegratorEvents;
import com.lockvue.application.port.out.AuditLog;
import com.lockvue.application.port.out.TransactionRunner;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.failure.DomainFailure;
import com.lockvue.domain.failure.FailureCode;
import java.time.Clock;
import java.time.Instant;

/**
 * The one way a use case records what came of it in the audit trail: it runs in one transaction with a draft of
 * its event ({@link AuditDraft}), which it fills in as it learns what it touched. Two kinds:
 * <ul>
 * <li>{@link #success}: the draft is recorded when the work returns; a refusal rolls everything back and records
 * nothing (an owner's change is all or nothing).</li>
 * <li>{@link #outcome}: the draft is recorded whatever comes of the work; a refusal is recorded as a failure with
 * its code, the transaction commits anyway (so the refusal's trace, and the attempt it counted, are kept) and the
 * refusal goes on to the caller (logins, lock commands: attempts whose refusals matter).</li>
 * </ul>
 * Anything that is not a refusal rolls back and records nothing.
 *
 * <p>Every event recorded also makes its integrator event, if it makes one ({@link IntegratorEvents}), written to the
 * outbox in the same transaction: what integrators are told is exactly what the audit trail keeps, never more.
 */
public final class AuditedTransactions {
    private final TransactionRunner tx;
    private final AuditLog audit;
    private final Clock clock;

    public AuditedTransactions(TransactionRunner tx, AuditLog audit, Clock clock) {
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
    }

    /** Makes the draft event at the instant the transaction starts. */
    @FunctionalInterface
    public interface Draft {
        AuditEvent.Builder at(Instant now);
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(AuditDraft event);
    }

    public <T> T success(Draft draft, Work<T> work) {
        return tx.inTransaction(() -> {
            AuditDraft event = start(draft);
            T result = work.run(event);
            event.recordSuccess(this::record);
            return result;
        });
    }

    public <T> T outcome(Draft draft, Work<T> work) {
        return tx.inTransactionKeepingRefusals(() -> {
            AuditDraft event = start(draft);
            T result;
            try {
                result = work.run(event);
            } catch (DomainFailure refused) {
                event.recordFailure(this::record, refused);
                throw refused;
            }
            event.recordSuccess(this::record);
            return result;
        });
    }

    /** See {@link TransactionRunner#commitWithoutWaitingForDisk()}; for the transaction of the work running now. */
    public void commitWithoutWaitingForDisk() {
        tx.commitWithoutWaitingForDisk();
    }

    private void record(AuditEvent event, EventFacts facts, FailureCode refusal) {
        audit.append(event, IntegratorEvents.of(event, facts, refusal));
    }

    private AuditDraft start(Draft draft) {
        Instant now = clock.instant();
        return new AuditDraft(draft.at(now), now);
    }
}
