package com.lockvue.application.view;

import java.util.List;

/**
 * A page of the events feed: the events' exact JSON, oldest first, and the cursor to ask from next time (always
 * given, also when the page is empty: the feed goes on). {@code more} says whether more are there already.
 */
public record EventFeedPage(List<String> events, String nextCursor, boolean more) {
}
