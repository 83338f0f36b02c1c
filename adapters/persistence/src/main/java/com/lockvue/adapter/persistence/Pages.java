package com.lockvue.adapter.persistence;

import com.lockvue.application.page.Page;
import java.util.List;
import java.util.function.Function;

/** Turns "limit + 1 rows fetched" into a page and the cursor of the next one. */
final class Pages {
    private Pages() {
    }

    static <E, T> Page<T> of(List<E> rows, int limit, Function<E, T> toItem, Function<E, Cursor> cursorOf) {
        boolean more = rows.size() > limit;
        List<E> pageRows = more ? rows.subList(0, limit) : rows;
        String next = more ? cursorOf.apply(pageRows.get(pageRows.size() - 1)).encode() : null;
        return new Page<>(pageRows.stream().map(toItem).toList(), next);
    }
}
