package com.lockvue.application.fakes;

import com.lockvue.application.page.Page;
import com.lockvue.application.page.PageRequest;
import java.util.List;

/** Offset paging for the fakes: the cursor is the index of the next item. */
final class Paging {
    private Paging() {
    }

    static <T> Page<T> slice(List<T> ordered, PageRequest page) {
        int from = page.cursor() == null ? 0 : Integer.parseInt(page.cursor());
        int to = Math.min(ordered.size(), from + page.limit());
        List<T> items = from >= ordered.size() ? List.of() : ordered.subList(from, to);
        return new Page<>(items, to < ordered.size() ? Integer.toString(to) : null);
    }
}
