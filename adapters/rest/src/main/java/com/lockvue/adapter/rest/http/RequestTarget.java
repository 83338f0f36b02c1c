package com.lockvue.adapter.rest.http;

import com.lockvue.adapter.rest.problem.Problem;
import com.lockvue.adapter.rest.problem.Problems;
import com.lockvue.domain.failure.Check;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a request target before anything decodes it: printable ASCII only (RFC 3986; raw bytes above 0x7F would be
 * read as Latin-1), every {@code %} followed by two hex digits, and escapes whose bytes are UTF-8 text that
 * {@link Check#isWellFormedText} accepts. Decoders downstream would otherwise answer an empty 400 (Vert.x, for a
 * bad escape in the path) or turn bad bytes into U+FFFD (query parameters) and act on text nobody sent.
 */
final class RequestTarget {
    private static final String NOT_TEXT = "must be percent-encoded UTF-8 text";

    private RequestTarget() {
    }

    /** Why {@code target} is refused, or empty when it may be routed. */
    static Optional<Problem> problem(String target) {
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                return Optional.of(Problems.malformed(
                        "The request target must be printable ASCII; percent-encode anything else as UTF-8", List.of()));
            }
        }
        if (!parsesAsUri(target)) {
            return Optional.of(Problems.malformed("The request target is not a valid URI", List.of()));
        }
        int query = target.indexOf('?');
        if (decode(query < 0 ? target : target.substring(0, query), false) == null) {
            return Optional.of(Problems.malformed("The request path " + NOT_TEXT, List.of()));
        }
        if (query < 0) {
            return Optional.empty();
        }
        List<Problem.FieldProblem> errors = new ArrayList<>();
        for (String pair : target.substring(query + 1).split("&")) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String name = decode(rawName, true);
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1), true);
            if (name == null || value == null) {
                errors.add(new Problem.FieldProblem(pointer(name != null ? name : rawName), NOT_TEXT));
            }
        }
        return errors.isEmpty() ? Optional.empty()
                : Optional.of(Problems.malformed("A query parameter is not percent-encoded UTF-8 text", errors));
    }

    /**
     * The check Quarkus makes before routing, which this one replaces (LockVueMain turns Quarkus' off, because its
     * refusal has no body): the framework and JAX-RS build a {@link URI} from the target later and fail on one that
     * does not parse.
     */
    private static boolean parsesAsUri(String target) {
        try {
            new URI(target);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The text {@code raw} stands for, or null when an escape is malformed or its bytes are not UTF-8 text. */
    static String decode(String raw, boolean plusIsSpace) {
        if (raw.indexOf('%') < 0) {
            return plusIsSpace ? raw.replace('+', ' ') : raw;
        }
        ByteBuffer bytes = ByteBuffer.allocate(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(raw.charAt(i + 2), 16);
                if (low < 0) {
                    return null;
                }
                bytes.put((byte) (high << 4 | low));
                i += 2;
            } else {
                bytes.put((byte) (plusIsSpace && c == '+' ? ' ' : c));
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes.flip()).toString();
            return Check.isWellFormedText(text) ? text : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String pointer(String name) {
        return "/" + name.replace("~", "~0").replace("/", "~1");
    }
}
