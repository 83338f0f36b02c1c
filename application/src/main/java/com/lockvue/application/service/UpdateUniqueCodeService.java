package com.lockvue.application.service;

import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.UpdateUniqueCodeUseCase;
import com.lockvue.application.port.out.AccountRepository;
import com.lockvue.application.port.out.UniqueCodeRepository;
import com.lockvue.application.port.out.query.UniqueCodeQueries;
import com.lockvue.application.view.UniqueCodeView;
import com.lockvue.domain.account.Account;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.failure.PreconditionFailed;
import com.lockvue.domain.uniquecode.CodeTerms;
import com.lockvue.domain.uniquecode.UniqueCode;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import com.lockvue.domain.uniquecode.UseLimits;
import java.util.List;
import java.util.Optional;

public class UpdateUniqueCodeService implements UpdateUniqueCodeUseCase {
    /** The audit trail's reason column holds this much; a longer list of changes is cut, saying so. */
    static final int NOTE_MAX = 2000;

    private final AccountRepository accounts;
    private final UniqueCodeRepository codes;
    private final UniqueCodeQueries views;
    private final AuditedTransactions audited;

    public UpdateUniqueCodeService(AccountRepository accounts, UniqueCodeRepository codes, UniqueCodeQueries views,
            AuditedTransactions audited) {
        this.accounts = accounts;
        this.codes = codes;
        this.views = views;
        this.audited = audited;
    }

    @Override
    public UniqueCodeView update(AccountAdmin admin, UniqueCodeId id, UpdateUniqueCodeCommand command) {
        return audited.success(now -> admin.audit(AuditAction.UNIQUE_CODE_CHANGED, now).uniqueCode(id), event -> {
            Account account = Accounts.require(accounts, admin.accountId());
            UniqueCode code = codes.findByIdForUpdate(admin.accountId(), id).orElseThrow(() -> NotFounds.uniqueCode(id));
            PreconditionFailed.unlessCurrent(command.expectedVersion(), code.version(), "The Unique Code");
            List<String> changes = code.changeTerms(merged(code.terms(), command), event.now(),
                    account.settings().timeZone());
            if (changes.isEmpty()) {
                event.drop();
            } else {
                codes.update(code);
                event.note(note(changes));
                event.facts().code(code);
            }
            return views.find(admin.accountId(), id, event.now()).orElseThrow(() -> NotFounds.uniqueCode(id));
        });
    }

    private static CodeTerms merged(CodeTerms current, UpdateUniqueCodeCommand command) {
        UseLimits limits = current.limits();
        return new CodeTerms(
                command.description() != null ? command.description() : current.description(),
                command.startsAt() != null ? command.startsAt() : current.startsAt(),
                command.expiresAt() != null ? command.expiresAt() : current.expiresAt(),
                command.schedule() != null ? command.schedule() : current.schedule(),
                new UseLimits(pick(command.maxUnlocks(), limits.maxUnlocks()),
                        pick(command.minutesAfterFirstUnlock(), limits.minutesAfterFirstUnlock())));
    }

    private static Integer pick(Optional<Integer> change, Integer current) {
        return change == null ? current : change.orElse(null);
    }

    static String note(List<String> changes) {
        String note = String.join("; ", changes);
        return note.length() <= NOTE_MAX ? note : note.substring(0, NOTE_MAX - 12) + " (shortened)";
    }
}
