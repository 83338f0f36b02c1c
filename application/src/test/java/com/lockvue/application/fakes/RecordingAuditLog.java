package com.lockvue.application.fakes;

import com.lockvue.application.event.IntegratorEvent;
import com.lockvue.application.port.out.AuditLog;
import com.lockvue.application.port.out.query.AuditQueries;
import com.lockvue.application.view.AuditEntry;
import com.lockvue.application.view.AuditFilter;
import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.audit.AuditOutcome;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import java.time.Instant;
import java.util.Optional;
import com.lockvue.application.page.Page;
import com.lockvue.application.page.PageRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Keeps appended events in order; what a rolled-back transaction appended disappears. */
public final class RecordingAuditLog implements AuditLog, AuditQueries, Transactional {
    private final List<AuditEvent> events = new ArrayList<>();
    private final RecordingOutbox outbox;

    /** Integrator events that come with appended events go to {@code outbox}. */
    public RecordingAuditLog(RecordingOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void append(AuditEvent event, Optional<IntegratorEvent> announced) {
        events.add(Objects.requireNonNull(event));
        announced.ifPresent(outbox::record);
    }

    @Override
    public Page<AuditEntry> search(AccountId owner, AuditFilter filter, PageRequest page) {
        List<AuditEvent> matching = events.stream()
                .filter(e -> owner.equals(e.accountId()))
                .filter(e -> filter.lockId() == null || filter.lockId().equals(e.lockId()))
                .filter(e -> filter.uniqueCodeId() == null || filter.uniqueCodeId().equals(e.uniqueCodeId()))
                .filter(e -> filter.action() == null || filter.action() == e.action())
                .filter(e -> filter.from() == null || !e.occurredAt().isBefore(filter.from()))
                .filter(e -> filter.to() == null || e.occurredAt().isBefore(filter.to()))
                .sorted(Comparator.comparing(AuditEvent::occurredAt).reversed())
                .toList();
        return Paging.slice(matching, page).map(e -> new AuditEntry(e, null, null));
    }

    @Override
    public List<AuditEvent> recentFailures(AccountId owner, UniqueCodeId code, int limit) {
        return events.stream().filter(e -> owner.equals(e.accountId()) && code.equals(e.uniqueCodeId())
                        && e.outcome() == AuditOutcome.FAILURE)
                .sorted(Comparator.comparing(AuditEvent::occurredAt).reversed()).limit(limit).toList();
    }

    @Override
    public Optional<Instant> lastRevocation(AccountId owner, UniqueCodeId code, LockId lock) {
        return events.stream().filter(e -> owner.equals(e.accountId()) && code.equals(e.uniqueCodeId())
                        && lock.equals(e.lockId()) && e.action() == AuditAction.PERMISSION_REVOKED
                        && e.outcome() == AuditOutcome.SUCCESS)
                .map(AuditEvent::occurredAt).max(Comparator.naturalOrder());
    }

    public List<AuditEvent> events() {
        return List.copyOf(events);
    }

    public List<AuditEvent> events(AuditAction action) {
        return events.stream().filter(e -> e.action() == action).toList();
    }

    /** The only event recorded; fails if there is not exactly one. */
    public AuditEvent single() {
        if (events.size() != 1) {
            throw new AssertionError("expected exactly one audit event but got " + events);
        }
        return events.get(0);
    }

    public AuditEvent last() {
        if (events.isEmpty()) {
            throw new AssertionError("no audit event recorded");
        }
        return events.get(events.size() - 1);
    }

    @Override
    public Runnable snapshot() {
        List<AuditEvent> copy = List.copyOf(events);
        return () -> {
            events.clear();
            events.addAll(copy);
        };
    }
}
