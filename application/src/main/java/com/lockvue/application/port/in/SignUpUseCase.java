package com.lockvue.application.port.in;

import com.lockvue.domain.account.Account;
import com.lockvue.domain.account.User;

/** Opens an account with its owner, who can then log in. */
public interface SignUpUseCase {
    SignedUp signUp(SignUpCommand command);

    record SignUpCommand(String accountName, String email, String password, String timeZone, String clientAddress) {
    }

    record SignedUp(Account account, User owner) {
    }
}
