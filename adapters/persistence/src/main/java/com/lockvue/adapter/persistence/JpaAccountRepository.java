package com.lockvue.adapter.persistence;

import com.lockvue.application.port.out.AccountRepository;
import com.lockvue.domain.account.Account;
import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.account.AccountSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.util.Optional;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @Override
    public Optional<Account> findById(AccountId id) {
        return AccountEntity.<AccountEntity>findByIdOptional(id.value()).map(JpaAccountRepository::toDomain);
    }

    @Override
    public Optional<Account> findByIdForUpdate(AccountId id) {
        return AccountEntity.<AccountEntity>find("id", id.value()).withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional().map(JpaAccountRepository::toDomain);
    }

    @Override
    public void add(Account account) {
        AccountEntity e = new AccountEntity();
        e.id = account.id().value();
        e.createdAt = account.createdAt();
        copy(account, e);
        e.persist();
    }

    @Override
    public void update(Account account) {
        AccountEntity e = AccountEntity.findById(account.id().value());
        copy(account, e);
        e.version = account.version() + 1;
    }

    private static void copy(Account account, AccountEntity e) {
        e.name = account.name();
        e.uniqueCodesEnabled = account.settings().uniqueCodesEnabled();
        e.timeZone = account.settings().timeZone().getId();
    }

    private static Account toDomain(AccountEntity e) {
        return new Account(new AccountId(e.id), e.name,
                new AccountSettings(e.uniqueCodesEnabled, ZoneId.of(e.timeZone)), e.createdAt, e.version);
    }
}
