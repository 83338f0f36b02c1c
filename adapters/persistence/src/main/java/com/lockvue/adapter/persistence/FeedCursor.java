package com.lockvue.adapter.persistence;

import com.lockvue.domain.failure.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place in the events feed: the transaction id and position of the last event read. Opaque base64url to
 * clients; {@link #START} is before every event.
 */
record FeedCursor(String txId, long position) {
    static final FeedCursor START = new FeedCursor("0", 0);
    private static final Pattern FORM = Pattern.compile("^e1:(0|[1-9][0-9]{0,19}):(0|[1-9][0-9]{0,18})$");

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("e1:" + txId + ":" + position).getBytes(StandardCharsets.US_ASCII));
    }

    static FeedCursor decode(String encoded) {
        if (encoded == null) {
            return START;
        }
        try {
            Matcher m = FORM.matcher(new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.US_ASCII));
            if (m.matches() && new java.math.BigInteger(m.group(1)).bitLength() <= 64) {
                return new FeedCursor(m.group(1), Long.parseLong(m.group(2)));
            }
        } catch (IllegalArgumentException notBase64) {
            // refused below
        }
        throw InvalidInput.of("/after", "is not a cursor this server issued");
    }
}
