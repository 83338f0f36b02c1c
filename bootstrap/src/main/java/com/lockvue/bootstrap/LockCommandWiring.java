package com.lockvue.bootstrap;

import com.lockvue.adapter.lockcommand.CoseLockCommandSigner;
import com.lockvue.application.port.out.AttemptLimiter;
import com.lockvue.application.port.out.LockCommandSigner;
import com.lockvue.application.port.out.LockRepository;
import com.lockvue.application.port.out.UniqueCodeRepository;
import com.lockvue.application.port.out.TransactionRunner;
import com.lockvue.application.port.in.GetTrustAnchorsQuery;
import com.lockvue.application.port.in.IssueLockCommandUseCase;
import com.lockvue.application.service.AuditedTransactions;
import com.lockvue.application.service.CodeSessionGuard;
import com.lockvue.application.service.GetTrustAnchorsService;
import com.lockvue.application.service.IssueLockCommandService;
import com.lockvue.application.service.LockCommandLimits;
import com.lockvue.bootstrap.ops.ObservedLockCommandSigner;
import com.lockvue.bootstrap.ops.ProductMetrics;
import io.opentelemetry.api.trace.Tracer;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The command signer: the PKCS#12 keystore named by lockvue.lock-command.keystore.path in production, otherwise
 * a development key created once in the data folder; timed, and traced when tracing is on.
 */
public class LockCommandWiring {
    private static final Logger LOG = Logger.getLogger(LockCommandWiring.class);

    @Produces
    @Singleton
    LockCommandSigner signer(
            @ConfigProperty(name = "lockvue.lock-command.keystore.path") Optional<String> keystore,
            @ConfigProperty(name = "lockvue.lock-command.keystore.password") Optional<String> password,
            @ConfigProperty(name = "lockvue.lock-command.keystore.active-alias") Optional<String> activeAlias,
            @ConfigProperty(name = "lockvue.lock-command.keystore.development-path") Optional<String> developmentPath,
            ProductMetrics metrics, Tracer tracer) {
        return new ObservedLockCommandSigner(keyed(keystore, password, activeAlias, developmentPath), metrics, tracer);
    }

    private static LockCommandSigner keyed(Optional<String> keystore, Optional<String> password,
            Optional<String> activeAlias, Optional<String> developmentPath) {
        if (keystore.isPresent()) {
            return CoseLockCommandSigner.fromKeystore(Path.of(keystore.get()),
                    password.orElseThrow(() -> new IllegalStateException(
                            "lockvue.lock-command.keystore.password is required with a keystore")).toCharArray(),
                    activeAlias.orElseThrow(() -> new IllegalStateException(
                            "lockvue.lock-command.keystore.active-alias is required with a keystore")));
        }
        Path development = Path.of(developmentPath.orElseThrow(() -> new IllegalStateException(
                "Configure lockvue.lock-command.keystore.path (production) or start through LockVueMain (development)")));
        LOG.infof("Signing lock commands with the development key in %s", development);
        return CoseLockCommandSigner.forDevelopment(development);
    }

    @Produces
    @Singleton
    LockCommandLimits lockCommandLimits(@ConfigProperty(name = "lockvue.lock-command.max-per-session") int perSession,
            @ConfigProperty(name = "lockvue.lock-command.max-per-lock") int perLock,
            @ConfigProperty(name = "lockvue.lock-command.window") Duration window) {
        return new LockCommandLimits(perSession, perLock, window);
    }

    @Produces
    @Singleton
    IssueLockCommandUseCase lockCommands(CodeSessionGuard guard, AttemptLimiter limiter, LockCommandLimits limits,
            LockRepository locks, UniqueCodeRepository codes, LockCommandSigner signer, AuditedTransactions audited) {
        return new IssueLockCommandService(guard, limiter, limits, locks, codes, signer, audited);
    }

    @Produces
    @Singleton
    GetTrustAnchorsQuery trustAnchors(LockRepository locks, LockCommandSigner signer, TransactionRunner tx) {
        return new GetTrustAnchorsService(locks, signer, tx);
    }
}
