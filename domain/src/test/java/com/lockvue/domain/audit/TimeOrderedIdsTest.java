package com.lockvue.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    /** PostgreSQL orders uuid bytewise, i.e. as unsigned hex text. */
    private static String sortKey(UUID id) {
        return id.toString();
    }

    @Test
    void idsMadeOneAfterAnotherSortInTheOrderTheyWereMadeEvenWithinOneMillisecond() {
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            made.add(TimeOrderedIds.next());
        }
        List<UUID> sorted = new ArrayList<>(made);
        sorted.sort((a, b) -> sortKey(a).compareTo(sortKey(b)));
        assertThat(sorted).isEqualTo(made);
        assertThat(made).doesNotHaveDuplicates();
    }

    @Test
    void idsAreVersion7WithTheRfcVariant() {
        UUID id = TimeOrderedIds.next();
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isCloseTo(System.currentTimeMillis(),
                org.assertj.core.data.Offset.offset(5_000L));
    }
}
