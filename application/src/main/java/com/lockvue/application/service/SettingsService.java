package com.lockvue.application.service;

import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.ManageSettingsUseCase;
import com.lockvue.application.port.out.AccountRepository;
import com.lockvue.application.port.out.AuditLog;
import com.lockvue.application.port.out.TransactionRunner;
import com.lockvue.domain.account.Account;
import com.lockvue.domain.account.AccountSettings;
import com.lockvue.domain.account.TimeZones;
import com.lockvue.domain.audit.Actor;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.audit.AuditEvent;
import java.time.Clock;

public class SettingsService implements ManageSettingsUseCase {
    private final AccountRepository accounts;
    private final AuditLog audit;
    private final TransactionRunner tx;
    private final Clock clock;

    public SettingsService(AccountRepository accounts, AuditLog audit, TransactionRunner tx, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public AccountSettings settings(AccountAdmin admin) {
        return tx.inTransaction(() -> Accounts.require(accounts, admin.accountId()).settings());
    }

    @Override
    public AccountSettings update(AccountAdmin admin, UpdateSettingsCommand command) {
        var zone = command.timeZone() == null ? null : TimeZones.parse(command.timeZone(), "/timeZone");
        return tx.inTransaction(() -> {
            Account account = Accounts.requireForUpdate(accounts, admin.accountId());
            AccountSettings before = account.settings();
            AccountSettings after = before;
            if (command.uniqueCodesEnabled() != null) {
                after = after.withUniqueCodesEnabled(command.uniqueCodesEnabled());
            }
            if (zone != null) {
                after = after.withTimeZone(zone);
            }
            if (!after.equals(before)) {
                account.changeSettings(after);
                accounts.update(account);
                audit.append(AuditEvent.of(AuditAction.SETTINGS_CHANGED, Actor.user(admin.userId()), clock.instant())
                        .account(account.id()).note(describeChange(before, after)).from(admin.clientAddress()).build());
            }
            return after;
        });
    }

    private static String describeChange(AccountSettings before, AccountSettings after) {
        StringBuilder note = new StringBuilder();
        if (before.uniqueCodesEnabled() != after.uniqueCodesEnabled()) {
            note.append("uniqueCodesEnabled=").append(after.uniqueCodesEnabled());
        }
        if (!before.timeZone().equals(after.timeZone())) {
            note.append(note.isEmpty() ? "" : ", ").append("timeZone=").append(after.timeZone().getId());
        }
        return note.toString();
    }
}
