package com.lockvue.application.service;

import com.lockvue.application.event.EventFacts;
import com.lockvue.domain.audit.Actor;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.failure.DomainFailure;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.permission.PermissionId;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit event of a use case while it runs ({@link AuditedTransactions}): the work names what it touched as it
 * learns it, may add a note for success or a detail for failure, may record further events of its success (one
 * per permission a deletion removed), or may drop the event (a refusal already recorded once in its window). What it
 * learns beyond ids goes into its {@link #facts()}, from which the integrator event of the same change is made.
 */
public final class AuditDraft {
    private final AuditEvent.Builder event;
    private final Instant now;
    private final EventFacts facts = EventFacts.none();
    private final List<Recorded> alsoOnSuccess = new ArrayList<>();
    private final List<Recorded> thenOnSuccess = new ArrayList<>();
    private String failureDetail = "";
    private boolean dropped;

    AuditDraft(AuditEvent.Builder event, Instant now) {
        this.event = event;
        this.now = now;
    }

    /** The instant of this use case: the one clock reading it runs on. */
    public Instant now() {
        return now;
    }

    public AuditDraft actor(Actor actor) {
        event.actor(actor);
        return this;
    }

    public AuditDraft account(com.lockvue.domain.account.AccountId account) {
        event.account(account);
        return this;
    }

    public AuditDraft lock(LockId lock) {
        event.lock(lock);
        return this;
    }

    public AuditDraft uniqueCode(UniqueCodeId code) {
        event.uniqueCode(code);
        return this;
    }

    public AuditDraft permission(PermissionId permission) {
        event.permission(permission);
        return this;
    }

    /** What the integrator event of this change is made of, beyond the ids named here. */
    public EventFacts facts() {
        return facts;
    }

    /** Said of a success (never a secret). */
    public AuditDraft note(String note) {
        event.note(note);
        return this;
    }

    /** Said after the failure's code if the work is refused, e.g. {@code " device=phone-1"}. */
    public AuditDraft failureDetail(String detail) {
        this.failureDetail = detail;
        return this;
    }

    /** Another event the success records, before this one (a deletion's revoked permissions, then the deletion). */
    public AuditDraft alsoOnSuccess(AuditEvent other, EventFacts otherFacts) {
        alsoOnSuccess.add(new Recorded(other, otherFacts));
        return this;
    }

    /** Another event the success records, after this one (the unlock that used a code up, then its exhaustion). */
    public AuditDraft thenOnSuccess(AuditEvent other, EventFacts otherFacts) {
        thenOnSuccess.add(new Recorded(other, otherFacts));
        return this;
    }

    /** Records nothing, whatever the outcome. */
    public void drop() {
        dropped = true;
    }

    void recordSuccess(Recorder recorder) {
        alsoOnSuccess.forEach(other -> recorder.record(other.event(), other.facts(), null));
        if (!dropped) {
            recorder.record(event.build(), facts, null);
        }
        thenOnSuccess.forEach(other -> recorder.record(other.event(), other.facts(), null));
    }

    void recordFailure(Recorder recorder, DomainFailure refused) {
        if (!dropped) {
            recorder.record(event.failed(refused.code().slug() + failureDetail).build(), facts, refused.code());
        }
    }

    /** Where recorded events go: the audit trail, and the outbox when they make an integrator event. */
    @FunctionalInterface
    interface Recorder {
        void record(AuditEvent event, EventFacts facts, FailureCode refusal);
    }

    private record Recorded(AuditEvent event, EventFacts facts) {
    }
}
