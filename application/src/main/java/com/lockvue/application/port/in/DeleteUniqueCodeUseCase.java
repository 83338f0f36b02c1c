package com.lockvue.application.port.in;

import com.lockvue.domain.uniquecode.UniqueCodeId;

/** The bin icon: the code stops working at once, its permissions go, its audit trail stays. */
public interface DeleteUniqueCodeUseCase {
    void delete(AccountAdmin admin, UniqueCodeId id);
}
