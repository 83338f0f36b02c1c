package com.lockvue.domain.permission;

import com.lockvue.domain.uniquecode.UniqueCodeId;

/**
 * Who a lock is shared to. Today only a Unique Code; a registered user will be another permitted kind, with
 * its own ceiling.
 */
public sealed interface Recipient permits Recipient.UniqueCode {

    /** The highest level this kind of recipient may hold. */
    PermissionLevel maximumLevel();

    record UniqueCode(UniqueCodeId id) implements Recipient {
        @Override
        public PermissionLevel maximumLevel() {
            return PermissionLevel.MAINTENANCE;
        }
    }
}
