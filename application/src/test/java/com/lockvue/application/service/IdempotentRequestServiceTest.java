package com.lockvue.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lockvue.application.fakes.FakeTransactionRunner;
import com.lockvue.application.fakes.InMemoryAttemptLimiter;
import com.lockvue.application.fakes.InMemoryIdempotencyStore;
import com.lockvue.application.port.in.IdempotentRequestUseCase.Commit;
import com.lockvue.application.port.in.IdempotentRequestUseCase.Fresh;
import com.lockvue.application.port.in.IdempotentRequestUseCase.IdempotencyKey;
import com.lockvue.application.port.in.IdempotentRequestUseCase.IdempotentRequest;
import com.lockvue.application.port.in.IdempotentRequestUseCase.Outcome;
import com.lockvue.application.port.in.IdempotentRequestUseCase.Replayed;
import com.lockvue.domain.failure.Conflict;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.InvalidInput;
import com.lockvue.domain.failure.RuleViolation;
import com.lockvue.domain.failure.Unprocessable;
import com.lockvue.testsupport.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class IdempotentRequestServiceTest {
    private final TestClock clock = new TestClock(Instant.parse("2026-03-10T09:00:00Z"));
    private final InMemoryIdempotencyStore store = new InMemoryIdempotencyStore();
    /** Stands for the data a request changes. */
    private final InMemoryAttemptLimiter data = new InMemoryAttemptLimiter();
    private final FakeTransactionRunner tx = new FakeTransactionRunner(store, data);
    private final IdempotentRequestService service = new IdempotentRequestService(store, tx, clock);
    private final IdempotencyKey key = new IdempotencyKey("account:1", "8e03978e-40d5-43e8-bc93-6894a57f9324");
    private final AtomicInteger runs = new AtomicInteger();

    private Outcome<String> run(String body, Commit commit, Supplier<String> work) {
        return service.run(new IdempotentRequest(key, body.getBytes(StandardCharsets.UTF_8), commit), work,
                answer -> answer.getBytes(StandardCharsets.UTF_8));
    }

    private Supplier<String> change() {
        return () -> {
            runs.incrementAndGet();
            data.register("changed", 100, Duration.ofDays(1), clock.instant());
            return "created #" + runs.get();
        };
    }

    @Test
    void aRepeatIsGivenTheFirstAnswerWithoutRunningAgain() {
        assertThat(run("A", Commit.WITH_THE_CHANGE, change())).isEqualTo(new Fresh<>("created #1"));
        Outcome<String> repeat = run("A", Commit.WITH_THE_CHANGE, change());
        assertThat(repeat).isInstanceOf(Replayed.class);
        assertThat(new String(((Replayed<String>) repeat).answer(), StandardCharsets.UTF_8)).isEqualTo("created #1");
        assertThat(runs).hasValue(1);
        assertThat(data.attempts("changed")).isEqualTo(1);
    }

    @Test
    void theKeyWithAnotherRequestIsUnprocessable() {
        run("A", Commit.WITH_THE_CHANGE, change());
        assertThatThrownBy(() -> run("B", Commit.WITH_THE_CHANGE, change())).isInstanceOf(Unprocessable.class)
                .extracting(e -> ((Unprocessable) e).code()).isEqualTo(FailureCode.IDEMPOTENCY_KEY_REUSED);
        assertThat(runs).hasValue(1);
    }

    @Test
    void aRepeatWhileTheFirstRunsIsAConflictUntilItsLeaseRunsOut() {
        store.claim(key, "A".getBytes(StandardCharsets.UTF_8), clock.instant(), IdempotentRequestService.LEASE,
                IdempotentRequestService.RETENTION);
        assertThatThrownBy(() -> run("A", Commit.WITH_THE_CHANGE, change())).isInstanceOf(Conflict.class);
        clock.advance(IdempotentRequestService.LEASE);
        assertThat(run("A", Commit.WITH_THE_CHANGE, change())).isEqualTo(new Fresh<>("created #1"));
    }

    @Test
    void aRefusalIsNotKeptAndTheRepeatRunsAfresh() {
        assertThatThrownBy(() -> run("A", Commit.WITH_THE_CHANGE, () -> {
            runs.incrementAndGet();
            throw new RuleViolation(FailureCode.UNIQUE_CODES_DISABLED, "off");
        })).isInstanceOf(RuleViolation.class);
        assertThat(store.size()).isZero();
        assertThat(run("A", Commit.WITH_THE_CHANGE, change())).isEqualTo(new Fresh<>("created #2"));
    }

    @Test
    void withTheChangeTheChangeAndItsAnswerCommitTogetherOrNotAtAll() {
        assertThatThrownBy(() -> service.run(new IdempotentRequest(key, new byte[] {1}, Commit.WITH_THE_CHANGE),
                change(), answer -> {
                    throw new IllegalStateException("the answer could not be kept");
                })).isInstanceOf(IllegalStateException.class);
        assertThat(data.attempts("changed")).as("the change rolled back with its answer").isZero();
        assertThat(store.size()).as("the claim released").isZero();
    }

    @Test
    void inStepsTheWorkRunsOutsideTheAnswersTransaction() {
        Outcome<String> outcome = run("A", Commit.IN_STEPS, () -> {
            assertThat(tx.inTransaction()).isFalse();
            return "logged in";
        });
        assertThat(outcome).isEqualTo(new Fresh<>("logged in"));
        assertThat(run("A", Commit.IN_STEPS, () -> "again")).isInstanceOf(Replayed.class);
    }

    @Test
    void answersAreKeptForADay() {
        run("A", Commit.WITH_THE_CHANGE, change());
        clock.advance(IdempotentRequestService.RETENTION);
        assertThat(run("A", Commit.WITH_THE_CHANGE, change())).isEqualTo(new Fresh<>("created #2"));
    }

    @Test
    void aKeyMustBeLongAndVisibleAscii() {
        assertThatThrownBy(() -> new IdempotencyKey("s", "short")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new IdempotencyKey("s", "with a space in it")).isInstanceOf(InvalidInput.class);
        assertThat(new IdempotencyKey("s", "x".repeat(255)).value()).hasSize(255);
    }
}
