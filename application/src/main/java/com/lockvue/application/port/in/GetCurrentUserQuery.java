package com.lockvue.application.port.in;

import com.lockvue.domain.account.Account;
import com.lockvue.domain.account.User;

public interface GetCurrentUserQuery {
    CurrentUser currentUser(AccountAdmin admin);

    record CurrentUser(User user, Account account) {
    }
}
