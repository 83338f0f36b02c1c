package com.lockvue.adapter.persistence;

import com.lockvue.application.port.out.query.EventFeed;
import com.lockvue.application.view.EventFeedPage;
import com.lockvue.domain.account.AccountId;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Reads the feed in (transaction id, position) order, only below the oldest transaction still running: an event
 * whose transaction began earlier but commits later is listed after the reader's cursor, never skipped behind it.
 * A long transaction anywhere in the database holds the feed back (it is late, never wrong).
 */
@ApplicationScoped
public class JpaEventFeed implements EventFeed {
    private static final String PAGE = """
            SELECT tx_id::text, position, body FROM integrator_events
            WHERE account_id = :owner AND only_to IS NULL
              AND tx_id < pg_snapshot_xmin(pg_current_snapshot())
              AND (tx_id, position) > (CAST(:afterTx AS xid8), :afterPosition)
            ORDER BY tx_id, position
            LIMIT :limit
            """;

    @Override
    @SuppressWarnings("unchecked")
    public EventFeedPage after(AccountId owner, String cursor, int limit) {
        FeedCursor after = FeedCursor.decode(cursor);
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery(PAGE)
                .setParameter("owner", owner.value())
                .setParameter("afterTx", after.txId())
                .setParameter("afterPosition", after.position())
                .setParameter("limit", limit + 1)
                .getResultList();
        boolean more = rows.size() > limit;
        List<Object[]> page = more ? rows.subList(0, limit) : rows;
        FeedCursor next = page.isEmpty() ? after
                : new FeedCursor((String) page.get(page.size() - 1)[0], ((Number) page.get(page.size() - 1)[1]).longValue());
        return new EventFeedPage(page.stream().map(row -> (String) row[2]).toList(), next.encode(), more);
    }
}
