package com.lockvue.application.port.out;

import com.lockvue.domain.account.EmailAddress;
import com.lockvue.domain.account.User;
import com.lockvue.domain.account.UserId;
import java.util.Optional;

public interface UserRepository {
    Optional<User> findById(UserId id);

    Optional<User> findByEmail(EmailAddress email);

    /** Adds a user; throws Conflict(EMAIL_ALREADY_REGISTERED) if the email is taken, even by a racing request. */
    void add(User user);

    void changePasswordHash(UserId id, String passwordHash);
}
