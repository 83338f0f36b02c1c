package com.lockvue.application.port.in;

import com.lockvue.domain.account.Account;
import com.lockvue.domain.account.User;

/** Checks an owner's email and password (rate limited per address and per email). */
public interface LogInUseCase {
    LoggedIn logIn(LogInCommand command);

    record LoggedIn(User user, Account account) {
    }

    record LogInCommand(String email, String password, String clientAddress) {
        @Override
        public String toString() {
            return "LogInCommand[email=" + email + ", password=****]";
        }
    }
}
