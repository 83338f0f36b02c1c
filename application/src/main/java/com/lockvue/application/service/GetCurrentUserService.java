package com.lockvue.application.service;

import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.GetCurrentUserQuery;
import com.lockvue.application.port.out.AccountRepository;
import com.lockvue.application.port.out.TransactionRunner;
import com.lockvue.application.port.out.UserRepository;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.NotAuthenticated;

public class GetCurrentUserService implements GetCurrentUserQuery {
    private final UserRepository users;
    private final AccountRepository accounts;
    private final TransactionRunner tx;

    public GetCurrentUserService(UserRepository users, AccountRepository accounts, TransactionRunner tx) {
        this.users = users;
        this.accounts = accounts;
        this.tx = tx;
    }

    @Override
    public CurrentUser currentUser(AccountAdmin admin) {
        return tx.inTransaction(() -> {
            var user = users.findById(admin.owner().userId())
                    .filter(u -> u.accountId().equals(admin.accountId()))
                    .orElseThrow(() -> new NotAuthenticated(FailureCode.INVALID_CREDENTIALS, "The user no longer exists"));
            return new CurrentUser(user, Accounts.require(accounts, admin.accountId()));
        });
    }
}
