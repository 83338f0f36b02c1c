package com.lockvue.lockverifier;

/**
 * Action and permission codes as carried on the wire. Duplicated from the signer on purpose: this module is the
 * lock's view and depends on nothing of the server; a test of the signer checks both views agree.
 */
public final class CommandCodes {

    public static final int ACTION_UNLOCK = 1;
    public static final int ACTION_BATTERY_STATUS = 2;
    public static final int ACTION_TIME_SYNC = 3;

    public static final int LEVEL_RESTRICTED = 1;
    public static final int LEVEL_MAINTENANCE = 2;
    public static final int LEVEL_ADMIN = 3;

    private CommandCodes() {
    }

    /** The least level an action needs, or -1 for an action this lock does not know. */
    public static int requiredLevel(int action) {
        return switch (action) {
            case ACTION_UNLOCK -> LEVEL_RESTRICTED;
            case ACTION_BATTERY_STATUS, ACTION_TIME_SYNC -> LEVEL_MAINTENANCE;
            default -> -1;
        };
    }

    public static boolean isKnownLevel(int level) {
        return level >= LEVEL_RESTRICTED && level <= LEVEL_ADMIN;
    }
}
