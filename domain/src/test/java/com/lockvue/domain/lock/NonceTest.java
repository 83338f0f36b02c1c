package com.lockvue.domain.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.lockvue.domain.failure.FieldError;
import com.lockvue.domain.failure.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NonceTest {

    @Test
    void parsesTwentyTwoBase64urlCharactersIntoSixteenBytesAndBack() {
        Nonce nonce = Nonce.parse("AAECAwQFBgcICQoLDA0ODw");
        assertThat(nonce.bytes()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        assertThat(nonce.text()).isEqualTo("AAECAwQFBgcICQoLDA0ODw");
        assertThat(Nonce.of(nonce.bytes())).isEqualTo(nonce);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"AAECAwQFBgcICQoLDA0OD", "AAECAwQFBgcICQoLDA0ODw=", "AAECAwQFBgcICQoLDA0ODwA",
            "AAECAwQFBgcICQoLDA0OD+", "AAECAwQFBgcICQoLDA0OD/", "AAECAwQFBgcICQoLDA0OD\u00e9"})
    void refusesAnythingButTwentyTwoBase64urlCharactersOnTheNonceField(String text) {
        InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> Nonce.parse(text));
        assertThat(refused.fieldErrors()).extracting(FieldError::field).containsExactly("/nonce");
    }

    @Test
    void refusesOtherLengthsOfBytesAndCannotBeChangedFromOutside() {
        assertThat(catchThrowableOfType(InvalidInput.class, () -> Nonce.of(new byte[15]))).isNotNull();
        byte[] bytes = new byte[16];
        Nonce nonce = Nonce.of(bytes);
        bytes[0] = 1;
        nonce.bytes()[1] = 1;
        assertThat(nonce.bytes()).containsOnly(0);
    }
}
