package com.lockvue.application.fakes;

/** A fake store whose state the {@link FakeTransactionRunner} can snapshot and put back on rollback. */
public interface Transactional {
    /** Captures the current state; running the returned action puts it back. */
    Runnable snapshot();
}
