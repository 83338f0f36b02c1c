package com.lockvue.application.fakes;

import com.lockvue.application.port.out.AccountRepository;
import com.lockvue.domain.account.Account;
import com.lockvue.domain.account.AccountId;
import java.util.Optional;

public final class InMemoryAccountRepository extends MapStore<AccountId, Account> implements AccountRepository {

    @Override
    public Optional<Account> findById(AccountId id) {
        return Optional.ofNullable(rows.get(id)).map(InMemoryAccountRepository::copy);
    }

    @Override
    public Optional<Account> findByIdForUpdate(AccountId id) {
        return findById(id);
    }

    @Override
    public void add(Account account) {
        if (rows.containsKey(account.id())) {
            throw new IllegalStateException("duplicate account " + account.id());
        }
        rows.put(account.id(), copy(account));
    }

    @Override
    public void update(Account account) {
        if (!rows.containsKey(account.id())) {
            throw new IllegalStateException("no account " + account.id());
        }
        // As the real store: every update is a new version.
        rows.put(account.id(), new Account(account.id(), account.name(), account.settings(), account.createdAt(),
                account.version() + 1));
    }

    private static Account copy(Account a) {
        return new Account(a.id(), a.name(), a.settings(), a.createdAt(), a.version());
    }
}
