package com.lockvue.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.lockvue.application.fakes.FakeWorld;
import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.ActivateLockUseCase.ActivateLockCommand;
import com.lockvue.domain.account.Account;
import com.lockvue.domain.audit.Actor;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.failure.Conflict;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.FieldError;
import com.lockvue.domain.failure.InvalidInput;
import com.lockvue.domain.lock.Lock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ActivateLockServiceTest {
    final FakeWorld world = new FakeWorld();
    final ActivateLockService service = new ActivateLockService(world.accounts, world.locks, world.audited);
    Account account;
    AccountAdmin admin;

    @BeforeEach
    void seed() {
        account = world.account();
        admin = world.adminOf(account);
    }

    @Test
    void activatesTheLockOnTheAccountAndAuditsIt() {
        Lock lock = service.activate(admin, ActivateLockCommand.of("lv 2024-0001", "  Front door "));

        assertThat(lock.accountId()).isEqualTo(account.id());
        assertThat(lock.serialNumber().value()).isEqualTo("LV2024-0001");
        assertThat(lock.name()).isEqualTo("Front door");
        assertThat(lock.activatedAt()).isEqualTo(FakeWorld.START);
        assertThat(world.locks.findById(account.id(), lock.id())).contains(lock);
        AuditEvent event = world.audit.single();
        assertThat(event.action()).isEqualTo(AuditAction.LOCK_ACTIVATED);
        assertThat(event.actor()).isEqualTo(Actor.user(admin.owner().userId()));
        assertThat(event.lockId()).isEqualTo(lock.id());
        assertThat(event.clientAddress()).isEqualTo(FakeWorld.ADDRESS);
    }

    @Test
    void aSerialAlreadyActivatedAnywhereIsAConflictThatChangesAndRecordsNothing() {
        service.activate(admin, ActivateLockCommand.of("LV-0001", "Front door"));
        Account other = world.account();

        Conflict refused = catchThrowableOfType(Conflict.class,
                () -> service.activate(world.adminOf(other), ActivateLockCommand.of("lv-0001", "Mine")));

        assertThat(refused.code()).isEqualTo(FailureCode.LOCK_ALREADY_ACTIVATED);
        assertThat(world.locks.size()).isEqualTo(1);
        assertThat(world.audit.events()).hasSize(1);
        assertThat(world.tx.rollbacks()).isEqualTo(1);
    }

    @Test
    void theCommandReportsABadSerialAndABadNameAtOnce() {
        InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> ActivateLockCommand.of("ab", " "));
        assertThat(refused.fieldErrors()).extracting(FieldError::field).containsExactly("/serialNumber", "/name");
    }
}
