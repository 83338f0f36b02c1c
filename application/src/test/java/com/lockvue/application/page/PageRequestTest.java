package com.lockvue.application.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.lockvue.domain.failure.FieldError;
import com.lockvue.domain.failure.InvalidInput;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {

    @Test
    void defaultsToFiftyItemsFromTheStart() {
        PageRequest page = PageRequest.of(null, null);
        assertThat(page.limit()).isEqualTo(50);
        assertThat(page.cursor()).isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 50, 200})
    void acceptsLimitsFromOneToTwoHundred(int limit) {
        assertThat(PageRequest.of(limit, "abc").limit()).isEqualTo(limit);
        assertThat(PageRequest.first(limit).cursor()).isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 201, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void refusesLimitsOutsideOneToTwoHundred(int limit) {
        InvalidInput failure = catchThrowableOfType(InvalidInput.class, () -> PageRequest.of(limit, null));
        assertThat(failure.fieldErrors()).extracting(FieldError::field).containsExactly("/limit");
    }

    @Test
    void refusesBlankOrOverLongCursor() {
        assertThat(catchThrowableOfType(InvalidInput.class, () -> PageRequest.of(10, " ")).fieldErrors())
                .extracting(FieldError::field).containsExactly("/cursor");
        assertThat(PageRequest.of(10, "c".repeat(512)).cursor()).hasSize(512);
        assertThat(catchThrowableOfType(InvalidInput.class, () -> PageRequest.of(10, "c".repeat(513)))).isNotNull();
    }

    @Test
    void pageCopiesItsItemsAndMapsThemKeepingTheCursor() {
        List<Integer> source = new java.util.ArrayList<>(List.of(1, 2));
        Page<Integer> page = new Page<>(source, "next");
        source.add(3);
        assertThat(page.items()).containsExactly(1, 2);
        Page<String> mapped = page.map(i -> "#" + i);
        assertThat(mapped.items()).containsExactly("#1", "#2");
        assertThat(mapped.nextCursor()).isEqualTo("next");
    }
}
