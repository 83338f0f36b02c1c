package com.lockvue.application.service;

import com.lockvue.application.port.out.AccountRepository;
import com.lockvue.domain.account.Account;
import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.NotFound;

/** Loads the caller's account; shared by the services that act on one. */
final class Accounts {
    private Accounts() {
    }

    static Account requireForUpdate(AccountRepository accounts, AccountId id) {
        return accounts.findByIdForUpdate(id)
                .orElseThrow(() -> new NotFound(FailureCode.ACCOUNT_NOT_FOUND, "The account no longer exists"));
    }

    static Account require(AccountRepository accounts, AccountId id) {
        return accounts.findById(id)
                .orElseThrow(() -> new NotFound(FailureCode.ACCOUNT_NOT_FOUND, "The account no longer exists"));
    }
}
