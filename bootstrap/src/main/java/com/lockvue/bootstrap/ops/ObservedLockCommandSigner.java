package com.lockvue.bootstrap.ops;

import com.lockvue.application.port.out.LockCommandClaims;
import com.lockvue.application.port.out.LockCommandSigner;
import com.lockvue.application.port.out.SignedLockCommand;
import com.lockvue.application.port.out.TrustAnchor;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.List;

/** Times each signature and, when tracing is on, wraps it in a span of its own (a child of the request's). */
public final class ObservedLockCommandSigner implements LockCommandSigner {
    static final String SPAN_NAME = "lock-command.sign";

    private final LockCommandSigner signer;
    private final Timer timer;
    private final Tracer tracer;

    public ObservedLockCommandSigner(LockCommandSigner signer, ProductMetrics metrics, Tracer tracer) {
        this.signer = signer;
        this.timer = metrics.signing();
        this.tracer = tracer;
    }

    @Override
    public SignedLockCommand sign(LockCommandClaims claims) {
        Span span = tracer.spanBuilder(SPAN_NAME).setAttribute("lockvue.lock.action", claims.action().name())
                .startSpan();
        Timer.Sample sample = Timer.start();
        try (Scope ignored = span.makeCurrent()) {
            return signer.sign(claims);
        } catch (RuntimeException e) {
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            sample.stop(timer);
            span.end();
        }
    }

    @Override
    public List<TrustAnchor> trustAnchors() {
        return signer.trustAnchors();
    }
}
