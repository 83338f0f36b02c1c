package com.lockvue.application.port.out.query;

import com.lockvue.application.view.EventFeedPage;
import com.lockvue.domain.account.AccountId;

/**
 * The account's events in the order they committed, after a cursor. An event is listed only once no transaction
 * that began before it can still commit, so the order never changes behind a reader and no event is skipped.
 */
public interface EventFeed {
    EventFeedPage after(AccountId owner, String cursor, int limit);
}
