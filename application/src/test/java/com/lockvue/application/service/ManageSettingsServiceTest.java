package com.lockvue.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.lockvue.application.fakes.FakeWorld;
import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.ManageSettingsUseCase.UpdateSettingsCommand;
import com.lockvue.domain.account.Account;
import com.lockvue.domain.account.AccountSettings;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.failure.FieldError;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.InvalidInput;
import com.lockvue.domain.failure.PreconditionFailed;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ManageSettingsServiceTest {
    final FakeWorld world = new FakeWorld();
    final ManageSettingsService service = new ManageSettingsService(world.accounts, world.audited, world.tx);
    Account account;
    AccountAdmin admin;

    @BeforeEach
    void seed() {
        account = world.account(false, ZoneId.of("UTC"));
        admin = world.adminOf(account);
    }

    @Test
    void turningUniqueCodesOnIsStoredAndAudited() {
        AccountSettings after = service.update(admin, UpdateSettingsCommand.of(true, null, null)).value();

        assertThat(after).isEqualTo(new AccountSettings(true, ZoneId.of("UTC")));
        assertThat(world.accounts.findById(account.id()).orElseThrow().settings().uniqueCodesEnabled()).isTrue();
        assertThat(world.audit.single().action()).isEqualTo(AuditAction.SETTINGS_CHANGED);
        assertThat(world.audit.single().reason()).isEqualTo("uniqueCodesEnabled=true");
    }

    @Test
    void onlyGivenFieldsChangeAndTheNoteNamesThem() {
        service.update(admin, UpdateSettingsCommand.of(true, "Europe/Paris", null));
        assertThat(world.audit.single().reason()).isEqualTo("uniqueCodesEnabled=true, timeZone=Europe/Paris");

        AccountSettings after = service.update(admin, UpdateSettingsCommand.of(null, "Australia/Brisbane", null)).value();
        assertThat(after).isEqualTo(new AccountSettings(true, ZoneId.of("Australia/Brisbane")));
        assertThat(world.audit.last().reason()).isEqualTo("timeZone=Australia/Brisbane");
    }

    @Test
    void unchangedSettingsAuditNothing() {
        service.update(admin, UpdateSettingsCommand.of(false, "UTC", null));
        assertThat(world.audit.events()).isEmpty();
    }

    @Test
    void unknownTimeZoneIsRefusedAndNothingChanges() {
        InvalidInput failure = catchThrowableOfType(InvalidInput.class,
                () -> service.update(admin, UpdateSettingsCommand.of(true, "Mars/Olympus", null)));
        assertThat(failure.fieldErrors()).extracting(FieldError::field).containsExactly("/timeZone");
        assertThat(world.accounts.findById(account.id()).orElseThrow().settings().uniqueCodesEnabled()).isFalse();
        assertThat(world.audit.events()).isEmpty();
    }

    @Test
    void aChangeMadeOnAStaleVersionIsRefusedAndChangesNothing() {
        long read = service.settings(admin).version();
        assertThat(service.update(admin, UpdateSettingsCommand.of(true, null, read)).version()).isEqualTo(read + 1);

        PreconditionFailed stale = catchThrowableOfType(PreconditionFailed.class,
                () -> service.update(admin, UpdateSettingsCommand.of(false, null, read)));

        assertThat(stale.code()).isEqualTo(FailureCode.PRECONDITION_FAILED);
        assertThat(service.settings(admin).value().uniqueCodesEnabled()).isTrue();
        assertThat(service.settings(admin).version()).isEqualTo(read + 1);
        assertThat(world.audit.events()).hasSize(1);
    }
}
