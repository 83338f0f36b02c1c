package com.lockvue.domain.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.failure.FieldError;
import com.lockvue.domain.failure.InvalidInput;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LockTest {
    @Test
    void activatingTrimsTheNameAndRecordsTheTime() {
        Instant now = Instant.parse("2026-03-10T09:00:00Z");
        AccountId account = AccountId.random();
        Lock lock = Lock.activate(account, new SerialNumber("LV-1000"), "  Front door ", now);
        assertThat(lock.name()).isEqualTo("Front door");
        assertThat(lock.accountId()).isEqualTo(account);
        assertThat(lock.activatedAt()).isEqualTo(now);
    }

    @Test
    void refusesBlankOrOverLongName() {
        assertThat(catchThrowableOfType(InvalidInput.class, () -> Lock.validName(" ")).fieldErrors())
                .extracting(FieldError::field).containsExactly("/name");
        assertThat(Lock.validName("n".repeat(100))).hasSize(100);
        assertThat(catchThrowableOfType(InvalidInput.class, () -> Lock.validName("n".repeat(101)))).isNotNull();
    }
}
