package com.lockvue.application.service;

import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.CreateUniqueCodeUseCase;
import com.lockvue.application.port.out.AccountRepository;
import com.lockvue.application.port.out.UniqueCodeRepository;
import com.lockvue.application.view.UniqueCodeView;
import com.lockvue.domain.account.Account;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.uniquecode.CodeValue;
import com.lockvue.domain.uniquecode.UniqueCode;
import java.util.random.RandomGenerator;

public class CreateUniqueCodeService implements CreateUniqueCodeUseCase {
    private final AccountRepository accounts;
    private final UniqueCodeRepository codes;
    private final AuditedTransactions audited;
    private final RandomGenerator secureRandom;

    public CreateUniqueCodeService(AccountRepository accounts, UniqueCodeRepository codes, AuditedTransactions audited,
            RandomGenerator secureRandom) {
        this.accounts = accounts;
        this.codes = codes;
        this.audited = audited;
        this.secureRandom = secureRandom;
    }

    @Override
    public UniqueCodeView create(AccountAdmin admin, CreateUniqueCodeCommand command) {
        return audited.success(now -> admin.audit(AuditAction.UNIQUE_CODE_CREATED, now), event -> {
            Account account = Accounts.require(accounts, admin.accountId());
            account.requireUniqueCodesEnabled();
            UniqueCode code = UniqueCode.create(account.id(), command.description(), command.startsAt(),
                    command.expiresAt(), command.schedule(), command.limits(), event.now(), account.settings().timeZone());
            CodeValue value = CodeValue.generate(secureRandom);
            codes.add(code, value);
            event.uniqueCode(code.id());
            event.facts().code(code);
            return UniqueCodeView.of(code, value, event.now(), account.settings().timeZone(), 0);
        });
    }
}
