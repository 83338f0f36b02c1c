package com.lockvue.application.port.in;

import com.lockvue.application.view.UniqueCodeView;
import com.lockvue.domain.uniquecode.UniqueCodeId;

/**
 * The owner holds a code (it opens nothing and logs in nowhere) and lets it go again; both take effect on the
 * guest's next request and are audited. Suspending a suspended code, or resuming one that is not, changes nothing.
 */
public interface SuspendUniqueCodeUseCase {
    UniqueCodeView suspend(AccountAdmin admin, UniqueCodeId id);

    UniqueCodeView resume(AccountAdmin admin, UniqueCodeId id);
}
