package com.lockvue.application.port.in;

import com.lockvue.application.view.Diagnosis;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.permission.LockAction;
import com.lockvue.domain.uniquecode.UniqueCodeId;

/**
 * Why a code cannot open a door: a verdict per shared lock and action (or only the lock and action asked about; a
 * lock of the account that is not shared gets the verdict that says so), and the code's recent refused attempts.
 */
public interface DiagnoseUniqueCodeQuery {
    int RECENT_FAILURES = 20;

    Diagnosis diagnose(AccountAdmin admin, UniqueCodeId id, LockId lockId, LockAction action);
}
