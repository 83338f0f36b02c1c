package com.lockvue.application.port.out;

import com.lockvue.domain.account.Account;
import com.lockvue.domain.account.AccountId;
import java.util.Optional;

public interface AccountRepository {
    Optional<Account> findById(AccountId id);

    /** Same as {@link #findById} but holds a write lock on the account until the transaction ends. */
    Optional<Account> findByIdForUpdate(AccountId id);

    void add(Account account);

    void update(Account account);
}
