package com.lockvue.application.service;

import com.lockvue.application.page.PageRequest;
import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.FindEventsQuery;
import com.lockvue.application.port.out.TransactionRunner;
import com.lockvue.application.port.out.query.EventFeed;
import com.lockvue.application.view.EventFeedPage;
import com.lockvue.domain.failure.InvalidInput;

public class FindEventsService implements FindEventsQuery {
    private final EventFeed feed;
    private final TransactionRunner tx;

    public FindEventsService(EventFeed feed, TransactionRunner tx) {
        this.feed = feed;
        this.tx = tx;
    }

    @Override
    public EventFeedPage events(AccountAdmin admin, String after, Integer limit) {
        int size = PageRequest.of(limit, null).limit();
        if (after != null && (after.isBlank() || after.length() > 512)) {
            throw InvalidInput.of("/after", "is not a cursor this server issued");
        }
        return tx.inTransaction(() -> feed.after(admin.accountId(), after, size));
    }
}
