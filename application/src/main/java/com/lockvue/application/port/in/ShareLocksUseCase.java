package com.lockvue.application.port.in;

import com.lockvue.application.view.PermissionView;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.permission.PermissionLevel;
import com.lockvue.domain.permission.Recipient;
import java.util.List;

/** Shares several locks to one recipient at one level, all or nothing. Sharing again changes the level. */
public interface ShareLocksUseCase {
    List<PermissionView> share(AccountAdmin admin, ShareLocksCommand command);

    record ShareLocksCommand(List<LockId> lockIds, Recipient recipient, PermissionLevel level) {
    }
}
