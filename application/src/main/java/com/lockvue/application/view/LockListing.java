package com.lockvue.application.view;

import com.lockvue.domain.lock.Lock;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import java.util.List;

/** A lock on My Locks, with to whom it is shared: how many codes, and the first few by description. */
public record LockListing(Lock lock, long shareCount, List<Recipient> recipients) {
    public static final int RECIPIENTS_SHOWN = 5;

    public record Recipient(UniqueCodeId uniqueCodeId, String description) {
    }
}
