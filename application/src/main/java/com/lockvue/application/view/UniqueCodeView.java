package com.lockvue.application.view;

import com.lockvue.domain.uniquecode.CodeValue;
import com.lockvue.domain.uniquecode.UniqueCode;
import com.lockvue.domain.uniquecode.UniqueCodeStatus;

/**
 * A code as its owner sees it: with its value (to copy again), its status at the time of the request and how many
 * locks are shared to it.
 */
public record UniqueCodeView(UniqueCode code, CodeValue value, UniqueCodeStatus status, long sharedLockCount) {
}
