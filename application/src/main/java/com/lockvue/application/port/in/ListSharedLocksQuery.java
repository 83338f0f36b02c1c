package com.lockvue.application.port.in;

import com.lockvue.application.view.CodeSummary;
import com.lockvue.application.view.LockAccess;
import com.lockvue.application.view.SharedLock;
import java.util.List;

/**
 * What the mobile app shows after Code Login: the code, whether it may open its locks now (and when it next may),
 * and the locks shared to it; checked again on every call.
 */
public interface ListSharedLocksQuery {

    SharedLocks list(CodeSession session);

    record SharedLocks(CodeSummary code, LockAccess access, List<SharedLock> locks) {
    }
}
