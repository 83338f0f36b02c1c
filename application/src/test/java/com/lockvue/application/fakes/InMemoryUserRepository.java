package com.lockvue.application.fakes;

import com.lockvue.application.port.out.UserRepository;
import com.lockvue.domain.account.EmailAddress;
import com.lockvue.domain.account.User;
import com.lockvue.domain.account.UserId;
import com.lockvue.domain.failure.Conflict;
import com.lockvue.domain.failure.FailureCode;
import java.util.Optional;

/** Users are immutable, so they are stored as they are. */
public final class InMemoryUserRepository extends MapStore<UserId, User> implements UserRepository {

    @Override
    public Optional<User> findById(UserId id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return rows.values().stream().filter(u -> u.email().equals(email)).findFirst();
    }

    @Override
    public void add(User user) {
        if (findByEmail(user.email()).isPresent()) {
            throw new Conflict(FailureCode.EMAIL_ALREADY_REGISTERED, "Email address already registered");
        }
        rows.put(user.id(), user);
    }

    @Override
    public void changePasswordHash(UserId id, String passwordHash) {
        User user = rows.get(id);
        rows.put(id, new User(user.id(), user.accountId(), user.email(), passwordHash, user.createdAt()));
    }
}
