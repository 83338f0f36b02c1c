package com.lockvue.adapter.rest.idempotency;

import com.lockvue.application.port.in.IdempotentRequestUseCase.Commit;
import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource method that honours the {@code Idempotency-Key} header ({@link IdempotencyInterceptor}). It must
 * return a {@code Response}. {@link #commit()} says how its use case commits: in one transaction (most), or in
 * steps (the logins, which count the attempt apart from the slow password check).
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {
    @Nonbinding
    Commit commit() default Commit.WITH_THE_CHANGE;
}
