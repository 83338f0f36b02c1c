package com.lockvue.application.service;

import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.ManageSettingsUseCase;
import com.lockvue.application.port.out.AccountRepository;
import com.lockvue.application.port.out.TransactionRunner;
import com.lockvue.domain.account.Account;
import com.lockvue.domain.account.AccountSettings;
import com.lockvue.application.view.Versioned;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.failure.PreconditionFailed;

public class ManageSettingsService implements ManageSettingsUseCase {
    private final AccountRepository accounts;
    private final AuditedTransactions audited;
    private final TransactionRunner tx;

    public ManageSettingsService(AccountRepository accounts, AuditedTransactions audited, TransactionRunner tx) {
        this.accounts = accounts;
        this.audited = audited;
        this.tx = tx;
    }

    @Override
    public Versioned<AccountSettings> settings(AccountAdmin admin) {
        return tx.inTransaction(() -> {
            Account account = Accounts.require(accounts, admin.accountId());
            return new Versioned<>(account.settings(), account.version());
        });
    }

    @Override
    public Versioned<AccountSettings> update(AccountAdmin admin, UpdateSettingsCommand command) {
        return audited.success(now -> admin.audit(AuditAction.SETTINGS_CHANGED, now), event -> {
            Account account = Accounts.requireForUpdate(accounts, admin.accountId());
            PreconditionFailed.unlessCurrent(command.expectedVersion(), account.version(), "The account's settings");
            AccountSettings before = account.settings();
            AccountSettings after = before;
            if (command.uniqueCodesEnabled() != null) {
                after = after.withUniqueCodesEnabled(command.uniqueCodesEnabled());
            }
            if (command.timeZone() != null) {
                after = after.withTimeZone(command.timeZone());
            }
            if (after.equals(before)) {
                event.drop();
                return new Versioned<>(after, account.version());
            }
            account.changeSettings(after);
            accounts.update(account);
            event.note(describeChange(before, after));
            event.facts().settings(after);
            return new Versioned<>(after, account.version() + 1);
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
