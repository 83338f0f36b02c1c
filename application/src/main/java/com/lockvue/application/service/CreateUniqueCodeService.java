package com.lockvue.application.service;

import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.CreateUniqueCodeUseCase;
import com.lockvue.application.port.out.AccountRepository;
import com.lockvue.application.port.out.AuditLog;
import com.lockvue.application.port.out.TransactionRunner;
import com.lockvue.application.port.out.UniqueCodeRepository;
import com.lockvue.application.view.UniqueCodeView;
import com.lockvue.domain.account.Account;
import com.lockvue.domain.audit.Actor;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.uniquecode.CodeValue;
import com.lockvue.domain.uniquecode.UniqueCode;
import com.lockvue.domain.uniquecode.UniqueCodeStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.random.RandomGenerator;

public class CreateUniqueCodeService implements CreateUniqueCodeUseCase {
    private final AccountRepository accounts;
    private final UniqueCodeRepository codes;
    private final AuditLog audit;
    private final TransactionRunner tx;
    private final Clock clock;
    private final RandomGenerator secureRandom;

    public CreateUniqueCodeService(AccountRepository accounts, UniqueCodeRepository codes, AuditLog audit,
            TransactionRunner tx, Clock clock, RandomGenerator secureRandom) {
        this.accounts = accounts;
        this.codes = codes;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.secureRandom = secureRandom;
    }

    @Override
    public UniqueCodeView create(AccountAdmin admin, CreateUniqueCodeCommand command) {
        return tx.inTransaction(() -> {
            Account account = Accounts.require(accounts, admin.accountId());
            account.requireUniqueCodesEnabled();
            Instant now = clock.instant();
            UniqueCode code = UniqueCode.create(account.id(), CodeValue.generate(secureRandom), command.description(),
                    command.expiresAt(), now, account.settings().timeZone());
            codes.add(code);
            audit.append(AuditEvent.of(AuditAction.UNIQUE_CODE_CREATED, Actor.user(admin.userId()), now)
                    .account(account.id()).uniqueCode(code.id()).from(admin.clientAddress()).build());
            return new UniqueCodeView(code, UniqueCodeStatus.ACTIVE, 0);
        });
    }
}
