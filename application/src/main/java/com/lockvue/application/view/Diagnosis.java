package com.lockvue.application.view;

import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.permission.LockAction;
import com.lockvue.domain.permission.PermissionLevel;
import com.lockvue.domain.uniquecode.AccessBlock;
import com.lockvue.domain.uniquecode.UniqueCode;
import com.lockvue.domain.uniquecode.UniqueCodeStatus;
import java.time.Instant;
import java.util.List;

/**
 * "Why can't this code open the door?": for each lock and action, OK (no blocks) or every reason that stops it now;
 * and the code's latest refused attempts (their reasons and times, never what was typed).
 */
public record Diagnosis(UniqueCode code, UniqueCodeStatus status, Instant checkedAt, List<Verdict> verdicts,
        List<AuditEvent> recentFailures) {

    /** {@code level} is null when the lock is not shared to the code. */
    public record Verdict(LockId lockId, String lockName, LockAction action, PermissionLevel level,
            List<AccessBlock> blocks) {
        public boolean ok() {
            return blocks.isEmpty();
        }
    }
}
