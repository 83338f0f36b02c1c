package com.lockvue.bootstrap;

import com.lockvue.application.port.in.ActivateLockUseCase;
import com.lockvue.application.port.in.CodeLoginUseCase;
import com.lockvue.application.port.in.CodeSessionQuery;
import com.lockvue.application.port.in.CreateUniqueCodeUseCase;
import com.lockvue.application.port.in.DeleteUniqueCodeUseCase;
import com.lockvue.application.port.in.FindAuditEventsQuery;
import com.lockvue.application.port.in.FindLocksQuery;
import com.lockvue.application.port.in.FindPermissionsQuery;
import com.lockvue.application.port.in.FindUniqueCodesQuery;
import com.lockvue.application.port.in.GetCurrentUserQuery;
import com.lockvue.application.port.in.ManageSettingsUseCase;
import com.lockvue.application.port.in.ReleaseDeviceUseCase;
import com.lockvue.application.port.in.RevokePermissionUseCase;
import com.lockvue.application.port.in.ShareLocksUseCase;
import com.lockvue.application.port.out.AccountRepository;
import com.lockvue.application.port.out.AttemptLimiter;
import com.lockvue.application.port.out.AuditLog;
import com.lockvue.application.port.out.LockRepository;
import com.lockvue.application.port.out.PermissionRepository;
import com.lockvue.application.port.out.TransactionRunner;
import com.lockvue.application.port.out.UniqueCodeRepository;
import com.lockvue.application.port.out.UserRepository;
import com.lockvue.application.service.ActivateLockService;
import com.lockvue.application.service.AuditQueryService;
import com.lockvue.application.service.CodeLoginService;
import com.lockvue.application.service.CodeSessionService;
import com.lockvue.application.service.CodeSessions;
import com.lockvue.application.service.CreateUniqueCodeService;
import com.lockvue.application.service.CurrentUserService;
import com.lockvue.application.service.DeleteUniqueCodeService;
import com.lockvue.application.service.LockQueryService;
import com.lockvue.application.service.LoginLimits;
import com.lockvue.application.service.PermissionQueryService;
import com.lockvue.application.service.ReleaseDeviceService;
import com.lockvue.application.service.RevokePermissionService;
import com.lockvue.application.service.SettingsService;
import com.lockvue.application.service.ShareLocksService;
import com.lockvue.application.service.UniqueCodeQueryService;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the framework-free use cases of the application module and hands them to CDI, so that the core stays
 * plain Java and testable with in-memory fakes.
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
    @Named("codeLoginLimits")
    LoginLimits codeLoginLimits(@ConfigProperty(name = "lockvue.code-login.max-attempts-per-address") int perAddress,
            @ConfigProperty(name = "lockvue.code-login.max-attempts-per-device") int perDevice,
            @ConfigProperty(name = "lockvue.code-login.window") Duration window) {
        return new LoginLimits(perAddress, perDevice, window);
    }

    @Produces
    @Singleton
    GetCurrentUserQuery currentUser(UserRepository users, AccountRepository accounts, TransactionRunner tx) {
        return new CurrentUserService(users, accounts, tx);
    }

    @Produces
    @Singleton
    ManageSettingsUseCase settings(AccountRepository accounts, AuditLog audit, TransactionRunner tx, Clock clock) {
        return new SettingsService(accounts, audit, tx, clock);
    }

    @Produces
    @Singleton
    ActivateLockUseCase activateLock(AccountRepository accounts, LockRepository locks, AuditLog audit,
            TransactionRunner tx, Clock clock) {
        return new ActivateLockService(accounts, locks, audit, tx, clock);
    }

    @Produces
    @Singleton
    FindLocksQuery findLocks(LockRepository locks, TransactionRunner tx) {
        return new LockQueryService(locks, tx);
    }

    @Produces
    @Singleton
    CreateUniqueCodeUseCase createUniqueCode(AccountRepository accounts, UniqueCodeRepository codes, AuditLog audit,
            TransactionRunner tx, Clock clock, @Named("secureRandom") SecureRandom random) {
        return new CreateUniqueCodeService(accounts, codes, audit, tx, clock, random);
    }

    @Produces
    @Singleton
    FindUniqueCodesQuery findUniqueCodes(UniqueCodeRepository codes, PermissionRepository permissions,
            TransactionRunner tx, Clock clock) {
        return new UniqueCodeQueryService(codes, permissions, tx, clock);
    }

    @Produces
    @Singleton
    DeleteUniqueCodeUseCase deleteUniqueCode(UniqueCodeRepository codes, PermissionRepository permissions,
            AuditLog audit, TransactionRunner tx, Clock clock) {
        return new DeleteUniqueCodeService(codes, permissions, audit, tx, clock);
    }

    @Produces
    @Singleton
    ReleaseDeviceUseCase releaseDevice(UniqueCodeRepository codes, PermissionRepository permissions, AuditLog audit,
            TransactionRunner tx, Clock clock) {
        return new ReleaseDeviceService(codes, permissions, audit, tx, clock);
    }

    @Produces
    @Singleton
    ShareLocksUseCase shareLocks(AccountRepository accounts, LockRepository locks, UniqueCodeRepository codes,
            PermissionRepository permissions, AuditLog audit, TransactionRunner tx, Clock clock) {
        return new ShareLocksService(accounts, locks, codes, permissions, audit, tx, clock);
    }

    @Produces
    @Singleton
    FindPermissionsQuery findPermissions(PermissionRepository permissions, TransactionRunner tx) {
        return new PermissionQueryService(permissions, tx);
    }

    @Produces
    @Singleton
    RevokePermissionUseCase revokePermission(PermissionRepository permissions, AuditLog audit, TransactionRunner tx,
            Clock clock) {
        return new RevokePermissionService(permissions, audit, tx, clock);
    }

    @Produces
    @Singleton
    CodeSessions codeSessions(AccountRepository accounts, UniqueCodeRepository codes) {
        return new CodeSessions(accounts, codes);
    }

    @Produces
    @Singleton
    CodeLoginUseCase codeLogin(AccountRepository accounts, UniqueCodeRepository codes, AttemptLimiter limiter,
            @Named("codeLoginLimits") LoginLimits limits, AuditLog audit, TransactionRunner tx, Clock clock) {
        return new CodeLoginService(accounts, codes, limiter, limits, audit, tx, clock);
    }

    @Produces
    @Singleton
    CodeSessionQuery codeSession(CodeSessions sessions, PermissionRepository permissions, TransactionRunner tx,
            Clock clock) {
        return new CodeSessionService(sessions, permissions, tx, clock);
    }

    @Produces
    @Singleton
    FindAuditEventsQuery findAuditEvents(AuditLog audit, TransactionRunner tx) {
        return new AuditQueryService(audit, tx);
    }
}
