package com.lockvue.application.service;

import com.lockvue.application.event.EventFacts;
import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.ShareLocksUseCase;
import com.lockvue.application.port.out.AccountRepository;
import com.lockvue.application.port.out.LockRepository;
import com.lockvue.application.port.out.PermissionRepository;
import com.lockvue.application.port.out.UniqueCodeRepository;
import com.lockvue.application.view.PermissionView;
import com.lockvue.domain.account.Account;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.NotFound;
import com.lockvue.domain.lock.Lock;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.permission.Permission;
import com.lockvue.domain.permission.Recipient;
import com.lockvue.domain.uniquecode.UniqueCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

public class ShareLocksService implements ShareLocksUseCase {
    private final AccountRepository accounts;
    private final LockRepository locks;
    private final UniqueCodeRepository codes;
    private final PermissionRepository permissions;
    private final AuditedTransactions audited;

    public ShareLocksService(AccountRepository accounts, LockRepository locks, UniqueCodeRepository codes,
            PermissionRepository permissions, AuditedTransactions audited) {
        this.accounts = accounts;
        this.locks = locks;
        this.codes = codes;
        this.permissions = permissions;
        this.audited = audited;
    }

    @Override
    public List<PermissionView> share(AccountAdmin admin, ShareLocksCommand command) {
        // One event per permission granted or changed, none for the share as a whole.
        return audited.success(now -> admin.audit(AuditAction.PERMISSION_GRANTED, now), event -> {
            event.drop();
            Account account = Accounts.require(accounts, admin.accountId());
            Instant now = event.now();
            UniqueCode code = requireShareableCode(account, command.recipient(), now);
            Map<LockId, Lock> owned = locks.findAll(account.id(), command.lockIds()).stream()
                    .collect(Collectors.toMap(Lock::id, Function.identity()));
            List<LockId> missing = command.lockIds().stream().filter(id -> !owned.containsKey(id)).toList();
            if (!missing.isEmpty()) {
                throw new NotFound(FailureCode.LOCK_NOT_FOUND, "No lock " + missing.get(0) + " on this account"
                        + (missing.size() > 1 ? " (and " + (missing.size() - 1) + " more)" : "") + "; nothing was shared");
            }
            Map<LockId, Permission> existing = permissions.findForRecipient(command.recipient(), command.lockIds());
            List<PermissionView> result = new ArrayList<>();
            for (LockId lockId : command.lockIds()) {
                Permission permission = existing.get(lockId);
                AuditAction action;
                EventFacts facts = EventFacts.none().level(command.level());
                if (permission == null) {
                    permission = Permission.grant(account.id(), lockId, command.recipient(), command.level(), now);
                    permissions.add(permission);
                    action = AuditAction.PERMISSION_GRANTED;
                } else {
                    facts.previousLevel(permission.level());
                    action = permission.changeLevel(command.level(), now) ? AuditAction.PERMISSION_CHANGED : null;
                    if (action != null) {
                        permissions.update(permission);
                    }
                }
                if (action != null) {
                    event.alsoOnSuccess(admin.audit(action, now).lock(lockId).uniqueCode(code.id())
                            .permission(permission.id()).note("level=" + permission.level()).build(), facts);
                }
                Lock lock = owned.get(lockId);
                result.add(new PermissionView(permission, lock.name(), lock.serialNumber().value(), code.description()));
            }
            return result;
        });
    }

    private UniqueCode requireShareableCode(Account account, Recipient recipient, Instant now) {
        // Recipient is sealed with one kind today; a registered-user recipient will add its own branch here.
        Recipient.UniqueCode uc = (Recipient.UniqueCode) recipient;
        account.requireUniqueCodesEnabled();
        UniqueCode code = codes.findByIdForUpdate(account.id(), uc.id()).orElseThrow(() -> NotFounds.uniqueCode(uc.id()));
        code.requireActive(now);
        return code;
    }
}
