package com.lockvue.application.fakes;

import com.lockvue.application.port.out.KnownLoginClients;
import com.lockvue.domain.account.UserId;
import java.time.Instant;
import java.util.Map;

public final class InMemoryKnownLoginClients extends MapStore<String, Instant> implements KnownLoginClients {

    @Override
    public boolean isKnown(UserId user, String clientKey, Instant since) {
        Instant last = rows.get(user + " " + clientKey);
        return last != null && !last.isBefore(since);
    }

    @Override
    public void remember(UserId user, String clientKey, Instant now) {
        rows.put(user + " " + clientKey, now);
    }

    /** The stored keys, "userId clientKey". */
    public Map<String, Instant> stored() {
        return Map.copyOf(rows);
    }
}
