package com.lockvue.application.port.in;

import com.lockvue.application.view.EventFeedPage;

/** The events feed: the account's integrator events after a cursor, oldest first. */
public interface FindEventsQuery {

    EventFeedPage events(AccountAdmin admin, String after, Integer limit);
}
