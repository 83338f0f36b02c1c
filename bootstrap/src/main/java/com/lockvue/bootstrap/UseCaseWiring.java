package com.lockvue.bootstrap;

import com.lockvue.application.port.in.ActivateLockUseCase;
import com.lockvue.application.port.in.CodeLoginUseCase;
import com.lockvue.application.port.in.CreateUniqueCodeUseCase;
import com.lockvue.application.port.in.DeleteUniqueCodeUseCase;
import com.lockvue.application.port.in.DiagnoseUniqueCodeQuery;
import com.lockvue.application.port.in.RenameDeviceUseCase;
import com.lockvue.application.port.in.SuspendUniqueCodeUseCase;
import com.lockvue.application.port.in.UpdateUniqueCodeUseCase;
import com.lockvue.application.port.in.FindAuditEventsQuery;
import com.lockvue.application.port.in.FindLocksQuery;
import com.lockvue.application.port.in.FindPermissionsQuery;
import com.lockvue.application.port.in.FindUniqueCodesQuery;
import com.lockvue.application.port.in.GetCurrentUserQuery;
import com.lockvue.application.port.in.IdempotentRequestUseCase;
import com.lockvue.application.port.out.IdempotencyStore;
import com.lockvue.application.service.IdempotentRequestService;
import com.lockvue.application.port.in.ListSharedLocksQuery;
import com.lockvue.application.port.in.ManageSettingsUseCase;
import com.lockvue.application.port.in.ReleaseDeviceUseCase;
import com.lockvue.application.port.in.RevokePermissionUseCase;
import com.lockvue.application.port.in.ShareLocksUseCase;
import com.lockvue.application.port.out.AccountRepository;
import com.lockvue.application.port.out.CodeSessionStates;
import com.lockvue.application.port.out.AttemptLimiter;
import com.lockvue.application.port.out.AuditLog;
import com.lockvue.application.port.out.LockRepository;
import com.lockvue.application.port.out.PermissionRepository;
import com.lockvue.application.port.out.TransactionRunner;
import com.lockvue.application.port.out.UniqueCodeRepository;
import com.lockvue.application.port.out.UserRepository;
import com.lockvue.application.port.out.query.AuditQueries;
import com.lockvue.application.port.out.query.LockQueries;
import com.lockvue.application.port.out.query.PermissionQueries;
import com.lockvue.application.port.out.query.UniqueCodeQueries;
import com.lockvue.application.service.ActivateLockService;
import com.lockvue.application.service.AuditedTransactions;
import com.lockvue.application.service.CodeLoginService;
import com.lockvue.application.service.CodeSessionGuard;
import com.lockvue.application.service.CreateUniqueCodeService;
import com.lockvue.application.service.DeleteUniqueCodeService;
import com.lockvue.application.service.DiagnoseUniqueCodeService;
import com.lockvue.application.service.LockCommandLimits;
import com.lockvue.application.service.RenameDeviceService;
import com.lockvue.application.service.SuspendUniqueCodeService;
import com.lockvue.application.service.UpdateUniqueCodeService;
import com.lockvue.application.service.FindAuditEventsService;
import com.lockvue.application.service.FindLocksService;
import com.lockvue.application.service.FindPermissionsService;
import com.lockvue.application.service.FindUniqueCodesService;
import com.lockvue.application.service.GetCurrentUserService;
import com.lockvue.application.service.ListSharedLocksService;
import com.lockvue.application.service.LoginLimits;
import com.lockvue.application.service.ManageSettingsService;
import com.lockvue.application.service.ReleaseDeviceService;
import com.lockvue.application.service.RevokePermissionService;
import com.lockvue.application.service.ShareLocksService;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the framework-free use cases of the application module and hands them to CDI, so that the core stays
 * plain Java and testable with in-memory fakes. Owner authentication is wired in {@link OwnerAuthWiring}, lock
 * commands in {@link LockCommandWiring}.
 */
public class UseCaseWiring {

    /** PostgreSQL keeps microseconds; a clock of the same precision keeps what is stored equal to what was made. */
    @Produces
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    @Produces
    @Singleton
    @Named("secureRandom")
    SecureRandom secureRandom() {
        return new SecureRandom();
    }

    @Produces
    @Singleton
    AuditedTransactions auditedTransactions(TransactionRunner tx, AuditLog audit, Clock clock) {
        return new AuditedTransactions(tx, audit, clock);
    }

    @Produces
    @Singleton
    @Named("codeLoginLimits")
    LoginLimits codeLoginLimits(@ConfigProperty(name = "lockvue.code-login.max-attempts-per-address") int perAddress,
            @ConfigProperty(name = "lockvue.code-login.max-attempts-per-device") int perDevice,
            @ConfigProperty(name = "lockvue.code-login.window") Duration window) {
        return new LoginLimits(perAddress, perDevice, window);
    }

    @Produces
    @Singleton
    IdempotentRequestUseCase idempotentRequests(IdempotencyStore store, TransactionRunner tx, Clock clock) {
        return new IdempotentRequestService(store, tx, clock);
    }

    @Produces
    @Singleton
    GetCurrentUserQuery currentUser(UserRepository users, AccountRepository accounts, TransactionRunner tx) {
        return new GetCurrentUserService(users, accounts, tx);
    }

    @Produces
    @Singleton
    ManageSettingsUseCase settings(AccountRepository accounts, AuditedTransactions audited, TransactionRunner tx) {
        return new ManageSettingsService(accounts, audited, tx);
    }

    @Produces
    @Singleton
    ActivateLockUseCase activateLock(AccountRepository accounts, LockRepository locks, AuditedTransactions audited) {
        return new ActivateLockService(accounts, locks, audited);
    }

    @Produces
    @Singleton
    FindLocksQuery findLocks(LockQueries queries, LockRepository locks, PermissionQueries permissions,
            TransactionRunner tx) {
        return new FindLocksService(queries, locks, permissions, tx);
    }

    @Produces
    @Singleton
    CreateUniqueCodeUseCase createUniqueCode(AccountRepository accounts, UniqueCodeRepository codes,
            AuditedTransactions audited, @Named("secureRandom") SecureRandom random) {
        return new CreateUniqueCodeService(accounts, codes, audited, random);
    }

    @Produces
    @Singleton
    FindUniqueCodesQuery findUniqueCodes(UniqueCodeQueries codes, TransactionRunner tx, Clock clock) {
        return new FindUniqueCodesService(codes, tx, clock);
    }

    @Produces
    @Singleton
    UpdateUniqueCodeUseCase updateUniqueCode(AccountRepository accounts, UniqueCodeRepository codes,
            UniqueCodeQueries views, AuditedTransactions audited) {
        return new UpdateUniqueCodeService(accounts, codes, views, audited);
    }

    @Produces
    @Singleton
    SuspendUniqueCodeUseCase suspendUniqueCode(UniqueCodeRepository codes, UniqueCodeQueries views,
            AuditedTransactions audited) {
        return new SuspendUniqueCodeService(codes, views, audited);
    }

    @Produces
    @Singleton
    DiagnoseUniqueCodeQuery diagnoseUniqueCode(AccountRepository accounts, UniqueCodeRepository codes,
            LockRepository locks, PermissionQueries permissions, AuditQueries audit, AttemptLimiter limiter,
            @Named("codeLoginLimits") LoginLimits loginLimits, LockCommandLimits commandLimits, TransactionRunner tx,
            Clock clock) {
        return new DiagnoseUniqueCodeService(accounts, codes, locks, permissions, audit, limiter, loginLimits,
                commandLimits, tx, clock);
    }

    @Produces
    @Singleton
    RenameDeviceUseCase renameDevice(CodeSessionGuard guard, UniqueCodeRepository codes, AuditedTransactions audited) {
        return new RenameDeviceService(guard, codes, audited);
    }

    @Produces
    @Singleton
    DeleteUniqueCodeUseCase deleteUniqueCode(UniqueCodeRepository codes, PermissionRepository permissions,
            AuditedTransactions audited) {
        return new DeleteUniqueCodeService(codes, permissions, audited);
    }

    @Produces
    @Singleton
    ReleaseDeviceUseCase releaseDevice(UniqueCodeRepository codes, UniqueCodeQueries views,
            AuditedTransactions audited) {
        return new ReleaseDeviceService(codes, views, audited);
    }

    @Produces
    @Singleton
    ShareLocksUseCase shareLocks(AccountRepository accounts, LockRepository locks, UniqueCodeRepository codes,
            PermissionRepository permissions, AuditedTransactions audited) {
        return new ShareLocksService(accounts, locks, codes, permissions, audited);
    }

    @Produces
    @Singleton
    FindPermissionsQuery findPermissions(PermissionQueries permissions, TransactionRunner tx) {
        return new FindPermissionsService(permissions, tx);
    }

    @Produces
    @Singleton
    RevokePermissionUseCase revokePermission(PermissionRepository permissions, AuditedTransactions audited) {
        return new RevokePermissionService(permissions, audited);
    }

    @Produces
    @Singleton
    CodeSessionGuard codeSessionGuard(CodeSessionStates states) {
        return new CodeSessionGuard(states);
    }

    @Produces
    @Singleton
    CodeLoginUseCase codeLogin(AccountRepository accounts, UniqueCodeRepository codes, AttemptLimiter limiter,
            @Named("codeLoginLimits") LoginLimits limits,
            @ConfigProperty(name = "lockvue.auth.code-session-token-ttl") Duration sessionLifetime,
            AuditedTransactions audited) {
        return new CodeLoginService(accounts, codes, limiter, limits, sessionLifetime, audited);
    }

    @Produces
    @Singleton
    ListSharedLocksQuery listSharedLocks(CodeSessionGuard guard, Clock clock) {
        return new ListSharedLocksService(guard, clock);
    }

    @Produces
    @Singleton
    FindAuditEventsQuery findAuditEvents(AuditQueries audit, TransactionRunner tx) {
        return new FindAuditEventsService(audit, tx);
    }
}
