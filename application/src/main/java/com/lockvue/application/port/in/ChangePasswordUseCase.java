package com.lockvue.application.port.in;

import com.lockvue.application.port.in.LogInUseCase.LoggedIn;

/**
 * Changes an owner's password, given the current one. Every session of the owner ends, this one included; the
 * caller gets a new one.
 */
public interface ChangePasswordUseCase {

    LoggedIn changePassword(AccountAdmin admin, ChangePasswordCommand command);

    record ChangePasswordCommand(String currentPassword, String newPassword, String knownClientToken) {
        @Override
        public String toString() {
            return "ChangePasswordCommand[****]";
        }
    }
}
