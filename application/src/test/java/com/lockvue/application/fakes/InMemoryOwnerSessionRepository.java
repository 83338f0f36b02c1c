package com.lockvue.application.fakes;

import com.lockvue.application.port.out.OwnerSessionRepository;
import com.lockvue.domain.account.OwnerSession;
import com.lockvue.domain.account.OwnerSessionId;
import com.lockvue.domain.account.UserId;
import java.time.Instant;
import java.util.Optional;

/** Sessions are mutable: stored as copies, so only add/update change what is stored. */
public final class InMemoryOwnerSessionRepository extends MapStore<OwnerSessionId, OwnerSession>
        implements OwnerSessionRepository {

    @Override
    public void add(OwnerSession session) {
        rows.put(session.id(), copy(session));
    }

    @Override
    public Optional<OwnerSession> findById(OwnerSessionId id) {
        return Optional.ofNullable(rows.get(id)).map(InMemoryOwnerSessionRepository::copy);
    }

    @Override
    public void update(OwnerSession session) {
        rows.put(session.id(), copy(session));
    }

    @Override
    public int endAll(UserId user, Instant now) {
        int ended = 0;
        for (OwnerSession session : rows.values()) {
            if (session.userId().equals(user) && session.end(now)) {
                ended++;
            }
        }
        return ended;
    }

    /** Every session of {@code user}, as stored. */
    public java.util.List<OwnerSession> of(UserId user) {
        return rows.values().stream().filter(s -> s.userId().equals(user)).map(InMemoryOwnerSessionRepository::copy)
                .toList();
    }

    private static OwnerSession copy(OwnerSession s) {
        return new OwnerSession(s.id(), s.userId(), s.startedAt(), s.expiresAt(), s.endedAt().orElse(null));
    }
}
