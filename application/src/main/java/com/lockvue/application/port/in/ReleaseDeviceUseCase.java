package com.lockvue.application.port.in;

import com.lockvue.application.view.UniqueCodeView;
import com.lockvue.domain.uniquecode.UniqueCodeId;

/** Frees a code from the device it is bound to, so another device can log in with it. */
public interface ReleaseDeviceUseCase {
    UniqueCodeView release(AccountAdmin admin, UniqueCodeId id);
}
