package com.lockvue.bootstrap;

import com.lockvue.adapter.password.Argon2Cost;
import com.lockvue.adapter.password.Argon2idPasswordHasher;
import com.lockvue.adapter.password.CommonPasswords;
import com.lockvue.application.port.in.ChangePasswordUseCase;
import com.lockvue.application.port.in.LogInUseCase;
import com.lockvue.application.port.in.OwnerSessionUseCase;
import com.lockvue.application.port.in.SignUpUseCase;
import com.lockvue.application.port.out.AccountRepository;
import com.lockvue.application.port.out.AttemptLimiter;
import com.lockvue.application.port.out.KnownLoginClients;
import com.lockvue.application.port.out.OwnerSessionRepository;
import com.lockvue.application.port.out.PasswordHasher;
import com.lockvue.application.port.out.TransactionRunner;
import com.lockvue.application.port.out.UserRepository;
import com.lockvue.application.service.AuditedTransactions;
import com.lockvue.application.service.ChangePasswordService;
import com.lockvue.application.service.LogInService;
import com.lockvue.application.service.LoginLimits;
import com.lockvue.application.service.OwnerLogins;
import com.lockvue.application.service.OwnerSessionService;
import com.lockvue.application.service.SignUpLimits;
import com.lockvue.application.service.SignUpService;
import com.lockvue.domain.account.PasswordPolicy;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Account owners: sign-up, login, sessions and passwords, with their limits and costs from configuration. */
public class OwnerAuthWiring {

    @Produces
    @Singleton
    PasswordHasher passwordHasher(@ConfigProperty(name = "lockvue.auth.argon2.memory-kib") int memoryKib,
            @ConfigProperty(name = "lockvue.auth.argon2.iterations") int iterations,
            @ConfigProperty(name = "lockvue.auth.argon2.parallelism") int parallelism) {
        return new Argon2idPasswordHasher(new Argon2Cost(memoryKib, iterations, parallelism));
    }

    @Produces
    @Singleton
    PasswordPolicy passwordPolicy(@ConfigProperty(name = "lockvue.auth.password-min-length") int minLength) {
        return PasswordPolicy.of(minLength, CommonPasswords.bundled());
    }

    @Produces
    @Singleton
    @Named("adminLoginLimits")
    LoginLimits adminLoginLimits(@ConfigProperty(name = "lockvue.admin-login.max-attempts-per-address") int perAddress,
            @ConfigProperty(name = "lockvue.admin-login.max-attempts-per-email") int perEmail,
            @ConfigProperty(name = "lockvue.admin-login.window") Duration window) {
        return new LoginLimits(perAddress, perEmail, window);
    }

    @Produces
    @Singleton
    SignUpLimits signUpLimits(@ConfigProperty(name = "lockvue.sign-up.max-per-address") int perAddress,
            @ConfigProperty(name = "lockvue.sign-up.address-window") Duration addressWindow,
            @ConfigProperty(name = "lockvue.sign-up.max-total") int total,
            @ConfigProperty(name = "lockvue.sign-up.total-window") Duration totalWindow) {
        return new SignUpLimits(perAddress, addressWindow, total, totalWindow);
    }

    @Produces
    @Singleton
    OwnerLogins ownerLogins(OwnerSessionRepository sessions, KnownLoginClients knownClients,
            @Named("secureRandom") SecureRandom random,
            @ConfigProperty(name = "lockvue.auth.admin-token-ttl") Duration sessionLifetime) {
        return new OwnerLogins(sessions, knownClients, random, sessionLifetime);
    }

    @Produces
    @Singleton
    SignUpUseCase signUp(AccountRepository accounts, UserRepository users, PasswordHasher hasher,
            PasswordPolicy passwords, AttemptLimiter limiter, SignUpLimits limits, OwnerLogins logins,
            AuditedTransactions audited) {
        return new SignUpService(accounts, users, hasher, passwords, limiter, limits, logins, audited);
    }

    @Produces
    @Singleton
    LogInUseCase logIn(UserRepository users, AccountRepository accounts, PasswordHasher hasher, AttemptLimiter limiter,
            @Named("adminLoginLimits") LoginLimits limits, OwnerLogins logins, AuditedTransactions audited) {
        return new LogInService(users, accounts, hasher, limiter, limits, logins, audited);
    }

    @Produces
    @Singleton
    OwnerSessionUseCase ownerSessions(OwnerSessionRepository sessions, AuditedTransactions audited,
            TransactionRunner tx, Clock clock) {
        return new OwnerSessionService(sessions, audited, tx, clock);
    }

    @Produces
    @Singleton
    ChangePasswordUseCase changePassword(UserRepository users, AccountRepository accounts, PasswordHasher hasher,
            PasswordPolicy passwords, AttemptLimiter limiter, @Named("adminLoginLimits") LoginLimits limits,
            OwnerLogins logins, AuditedTransactions audited, TransactionRunner tx) {
        return new ChangePasswordService(users, accounts, hasher, passwords, limiter, limits, logins, audited, tx);
    }
}
