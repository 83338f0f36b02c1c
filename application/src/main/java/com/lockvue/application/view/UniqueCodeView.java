package com.lockvue.application.view;

import com.lockvue.domain.uniquecode.UniqueCode;
import com.lockvue.domain.uniquecode.UniqueCodeStatus;

/** A code with its status at the time of the request and how many locks are shared to it. */
public record UniqueCodeView(UniqueCode code, UniqueCodeStatus status, long sharedLockCount) {
}
