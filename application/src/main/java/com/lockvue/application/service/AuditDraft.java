package com.lockvue.application.service;

import com.lockvue.application.port.out.AuditLog;
import com.lockvue.domain.audit.Actor;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.failure.DomainFailure;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.permission.PermissionId;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit event of a use case while it runs ({@link AuditedTransactions}): the work names what it touched as it
 * learns it, may add a note for success or a detail for failure, may record further events of its success (one
 * per permission a deletion removed), or may drop the event (a refusal already recorded once in its window).
 */
public final class AuditDraft {
    private final AuditEvent.Builder event;
    private final Instant now;
    private final List<AuditEvent> alsoOnSuccess = new ArrayList<>();
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
    public AuditDraft alsoOnSuccess(AuditEvent other) {
        alsoOnSuccess.add(other);
        return this;
    }

    /** Records nothing, whatever the outcome. */
    public void drop() {
        dropped = true;
    }

    void recordSuccess(AuditLog audit) {
        alsoOnSuccess.forEach(audit::append);
        if (!dropped) {
            audit.append(event.build());
        }
    }

    void recordFailure(AuditLog audit, DomainFailure refused) {
        if (!dropped) {
            audit.append(event.failed(refused.code().slug() + failureDetail).build());
        }
    }
}
