package com.lockvue.application.port.in;

import com.lockvue.application.view.PermissionView;
import com.lockvue.domain.failure.Check;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.permission.Permission;
import com.lockvue.domain.permission.PermissionLevel;
import com.lockvue.domain.permission.Recipient;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Shares several locks to one recipient at one level, all or nothing. Sharing again changes the level. */
public interface ShareLocksUseCase {

    int MAX_LOCKS_PER_SHARE = 500;

    List<PermissionView> share(AccountAdmin admin, ShareLocksCommand command);

    /** One to 500 distinct locks, a recipient, and a level the recipient may hold. */
    record ShareLocksCommand(List<LockId> lockIds, Recipient recipient, PermissionLevel level) {
        public ShareLocksCommand {
            Check check = new Check();
            check.require(lockIds != null && !lockIds.isEmpty(), "/lockIds", "must name at least one lock");
            if (lockIds != null) {
                check.require(lockIds.size() <= MAX_LOCKS_PER_SHARE, "/lockIds",
                        "must name at most " + MAX_LOCKS_PER_SHARE + " locks");
                Set<LockId> seen = new HashSet<>();
                for (int i = 0; i < lockIds.size(); i++) {
                    check.require(lockIds.get(i) != null, "/lockIds/" + i, "is required");
                    check.require(lockIds.get(i) == null || seen.add(lockIds.get(i)), "/lockIds/" + i, "is listed twice");
                }
            }
            check.require(recipient != null, "/recipient", "is required");
            check.require(level != null, "/level", "is required");
            check.orThrow();
            Permission.requireAllowedFor(recipient, level);
            lockIds = List.copyOf(lockIds);
        }
    }
}
