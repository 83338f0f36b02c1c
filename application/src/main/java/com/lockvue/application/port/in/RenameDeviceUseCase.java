package com.lockvue.application.port.in;

import com.lockvue.domain.uniquecode.DeviceName;

/** The guest names their phone ("Anna's phone"), so the owner sees a person's word instead of a device id. */
public interface RenameDeviceUseCase {
    DeviceName rename(CodeSession session, DeviceName name);
}
