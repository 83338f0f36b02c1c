package com.lockvue.application.service;

import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.ShareLocksUseCase;
import com.lockvue.application.port.out.AccountRepository;
import com.lockvue.application.port.out.AuditLog;
import com.lockvue.application.port.out.LockRepository;
import com.lockvue.application.port.out.PermissionRepository;
import com.lockvue.application.port.out.TransactionRunner;
import com.lockvue.application.port.out.UniqueCodeRepository;
import com.lockvue.application.view.PermissionView;
import com.lockvue.domain.account.Account;
import com.lockvue.domain.audit.Actor;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.failure.Check;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.NotFound;
import com.lockvue.domain.lock.Lock;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.permission.Permission;
import com.lockvue.domain.permission.Recipient;
import com.lockvue.domain.uniquecode.UniqueCode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

public class ShareLocksService implements ShareLocksUseCase {
    public static final int MAX_LOCKS_PER_SHARE = 500;

    private final AccountRepository accounts;
    private final LockRepository locks;
    private final UniqueCodeRepository codes;
    private final PermissionRepository permissions;
    private final AuditLog audit;
    private final TransactionRunner tx;
    private final Clock clock;

    public ShareLocksService(AccountRepository accounts, LockRepository locks, UniqueCodeRepository codes,
            PermissionRepository permissions, AuditLog audit, TransactionRunner tx, Clock clock) {
        this.accounts = accounts;
        this.locks = locks;
        this.codes = codes;
        this.permissions = permissions;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public List<PermissionView> share(AccountAdmin admin, ShareLocksCommand command) {
        validate(command);
        return tx.inTransaction(() -> {
            Account account = Accounts.require(accounts, admin.accountId());
            Instant now = clock.instant();
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
                if (permission == null) {
                    permission = Permission.grant(account.id(), lockId, command.recipient(), command.level(), now);
                    permissions.add(permission);
                    action = AuditAction.PERMISSION_GRANTED;
                } else if (permission.changeLevel(command.level(), now)) {
                    permissions.update(permission);
                    action = AuditAction.PERMISSION_CHANGED;
                } else {
                    action = null;
                }
                if (action != null) {
                    audit.append(AuditEvent.of(action, Actor.user(admin.userId()), now).account(account.id())
                            .lock(lockId).uniqueCode(code.id()).permission(permission.id())
                            .note("level=" + permission.level()).from(admin.clientAddress()).build());
                }
                Lock lock = owned.get(lockId);
                result.add(new PermissionView(permission, lock.name(), lock.serialNumber().value(), code.description()));
            }
            return result;
        });
    }

    private static void validate(ShareLocksCommand command) {
        Check check = new Check();
        List<LockId> ids = command.lockIds();
        check.require(ids != null && !ids.isEmpty(), "/lockIds", "must name at least one lock");
        if (ids != null) {
            check.require(ids.size() <= MAX_LOCKS_PER_SHARE, "/lockIds",
                    "must name at most " + MAX_LOCKS_PER_SHARE + " locks");
            Set<LockId> seen = new HashSet<>();
            for (int i = 0; i < ids.size(); i++) {
                check.require(ids.get(i) != null, "/lockIds/" + i, "is required");
                check.require(ids.get(i) == null || seen.add(ids.get(i)), "/lockIds/" + i, "is listed twice");
            }
        }
        check.require(command.recipient() != null, "/recipient", "is required");
        check.require(command.level() != null, "/level", "is required");
        check.orThrow();
        Permission.requireAllowedFor(command.recipient(), command.level());
    }

    private UniqueCode requireShareableCode(Account account, Recipient recipient, Instant now) {
        // Recipient is sealed with one kind today; a registered-user recipient will add its own branch here.
        Recipient.UniqueCode uc = (Recipient.UniqueCode) recipient;
        account.requireUniqueCodesEnabled();
        UniqueCode code = codes.findByIdForUpdate(account.id(), uc.id())
                .orElseThrow(() -> UniqueCodeQueryService.notFound(uc.id()));
        code.requireActive(now);
        return code;
    }
}
