package com.lockvue.application.port.in;

import com.lockvue.application.port.in.LogInUseCase.LoggedIn;

/** Opens an account with its owner, who is then logged in. Limited per client address and in total. */
public interface SignUpUseCase {

    LoggedIn signUp(SignUpCommand command);

    record SignUpCommand(String accountName, String email, String password, String timeZone, String clientAddress) {
        @Override
        public String toString() {
            return "SignUpCommand[accountName=" + accountName + ", email=" + email + ", password=****]";
        }
    }
}
