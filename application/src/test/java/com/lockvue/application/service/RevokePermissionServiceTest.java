package com.lockvue.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.lockvue.application.fakes.FakeWorld;
import com.lockvue.domain.account.Account;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.NotFound;
import com.lockvue.domain.lock.Lock;
import com.lockvue.domain.permission.Permission;
import com.lockvue.domain.permission.PermissionLevel;
import com.lockvue.domain.permission.Recipient;
import com.lockvue.domain.uniquecode.UniqueCode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RevokePermissionServiceTest {
    final FakeWorld world = new FakeWorld();
    final RevokePermissionService service = new RevokePermissionService(world.permissions, world.audited);

    @Test
    void revokingRemovesThePermissionSoTheCodeNoLongerSeesTheLockAndAuditsIt() {
        Account account = world.account();
        Lock lock = world.lock(account, "Front door");
        UniqueCode code = world.code(account, "ABCD-EFGH-JKMN", Duration.ofDays(7));
        Permission permission = world.share(lock, code, PermissionLevel.MAINTENANCE);

        service.revoke(world.adminOf(account), permission.id());

        assertThat(world.permissions.all()).isEmpty();
        assertThat(world.permissions.sharedWith(code.id())).isEmpty();
        AuditEvent event = world.audit.single();
        assertThat(event.action()).isEqualTo(AuditAction.PERMISSION_REVOKED);
        assertThat(event.permissionId()).isEqualTo(permission.id());
        assertThat(event.lockId()).isEqualTo(lock.id());
        assertThat(event.uniqueCodeId()).isEqualTo(code.id());
        assertThat(event.accountId()).isEqualTo(account.id());
    }

    @Test
    void permissionOfAnotherAccountIsNotFoundAndKept() {
        Account account = world.account();
        UniqueCode code = world.code(account, "ABCD-EFGH-JKMN", Duration.ofDays(7));
        Permission permission = world.share(world.lock(account, "Door"), code, PermissionLevel.RESTRICTED);

        NotFound failure = catchThrowableOfType(NotFound.class,
                () -> service.revoke(world.adminOf(world.account()), permission.id()));

        assertThat(failure.code()).isEqualTo(FailureCode.PERMISSION_NOT_FOUND);
        assertThat(world.permissions.all()).hasSize(1);
        assertThat(world.audit.events()).isEmpty();
    }
}
