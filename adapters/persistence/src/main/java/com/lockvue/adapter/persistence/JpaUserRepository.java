package com.lockvue.adapter.persistence;

import com.lockvue.application.port.out.UserRepository;
import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.account.EmailAddress;
import com.lockvue.domain.account.User;
import com.lockvue.domain.account.UserId;
import com.lockvue.domain.failure.Conflict;
import com.lockvue.domain.failure.FailureCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.util.Optional;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {

    @Override
    public Optional<User> findById(UserId id) {
        return UserEntity.<UserEntity>findByIdOptional(id.value()).map(JpaUserRepository::toDomain);
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return UserEntity.<UserEntity>find("email", email.value()).firstResultOptional().map(JpaUserRepository::toDomain);
    }

    @Override
    public void add(User user) {
        if (UserEntity.count("email", user.email().value()) > 0) {
            throw emailTaken();
        }
        UserEntity e = new UserEntity();
        e.id = user.id().value();
        e.accountId = user.accountId().value();
        e.email = user.email().value();
        e.passwordHash = user.passwordHash();
        e.createdAt = user.createdAt();
        try {
            e.persistAndFlush();
        } catch (PersistenceException race) {
            if (Constraints.violated(race).filter("users_email_unique"::equals).isPresent()) {
                throw emailTaken();
            }
            throw race;
        }
    }

    @Override
    public void changePasswordHash(UserId id, String passwordHash) {
        UserEntity e = UserEntity.findById(id.value());
        e.passwordHash = passwordHash;
    }

    private static Conflict emailTaken() {
        return new Conflict(FailureCode.EMAIL_ALREADY_REGISTERED, "An account is already registered with this email address");
    }

    private static User toDomain(UserEntity e) {
        return new User(new UserId(e.id), new AccountId(e.accountId), new EmailAddress(e.email), e.passwordHash,
                e.createdAt);
    }
}
