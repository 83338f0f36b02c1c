package com.lockvue.application.port.in;

import com.lockvue.application.view.SharedLock;
import com.lockvue.domain.uniquecode.UniqueCode;
import java.util.List;

/** What the mobile app shows after Code Login; the code is checked again on every call. */
public interface CodeSessionQuery {
    SessionOverview overview(CodeSession session);

    record SessionOverview(UniqueCode code, List<SharedLock> locks) {
    }
}
