package com.lockvue.adapter.rest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class CachingJwtParserTest {
    private static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");

    private Instant now = T0;
    /** What the stand-in verifier accepts: token string -> its expiry; anything else is refused. */
    private final Map<String, Instant> valid = new HashMap<>();
    private final List<String> verifications = new ArrayList<>();

    private CachingJwtParser parser(int capacity, Optional<Long> maxAgeSeconds) {
        // The stand-in records each call and applies the verifier's own rule: refused when unknown or expired.
        var verifier = new DefaultJWTParser() {
            @Override
            public JsonWebToken parse(String token) throws ParseException {
                verifications.add(token);
                Instant exp = valid.get(token);
                if (exp == null || !now.isBefore(exp)) {
                    throw new ParseException("refused");
                }
                return jwt(token, T0.getEpochSecond(), exp.getEpochSecond());
            }
        };
        return new CachingJwtParser(verifier, () -> now, capacity, maxAgeSeconds);
    }

    @Test
    void a_verified_token_is_not_verified_again_until_it_expires() throws Exception {
        var parser = parser(100, Optional.empty());
        valid.put(t("token-a"), T0.plusSeconds(60));

        JsonWebToken first = parser.parse(t("token-a"));
        JsonWebToken second = parser.parse(t("token-a"));
        now = T0.plusSeconds(59);
        JsonWebToken third = parser.parse(new String(t("token-a").toCharArray()));

        assertThat(verifications).containsExactly(t("token-a"));
        assertThat(second).isSameAs(first);
        assertThat(third).isSameAs(first);
        assertThat(first.getName()).isEqualTo(t("token-a"));
    }

    @Test
    void at_its_expiry_the_token_goes_back_to_the_verifier_which_refuses_it() throws Exception {
        var parser = parser(100, Optional.empty());
        valid.put(t("token-a"), T0.plusSeconds(60));
        parser.parse(t("token-a"));

        now = T0.plusSeconds(60);

        assertThatThrownBy(() -> parser.parse(t("token-a"))).isInstanceOf(ParseException.class);
        assertThat(verifications).containsExactly(t("token-a"), t("token-a"));
        assertThat(parser.size()).isZero();
    }

    @Test
    void a_refused_token_is_never_remembered_and_a_near_copy_of_a_good_one_is_verified() throws Exception {
        var parser = parser(100, Optional.empty());
        valid.put(t("token-a"), T0.plusSeconds(60));
        parser.parse(t("token-a"));

        assertThatThrownBy(() -> parser.parse(t("token-b"))).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> parser.parse(t("token-b"))).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> parser.parse(t("token-a") + "=")).isInstanceOf(ParseException.class);

        assertThat(verifications).containsExactly(t("token-a"), t("token-b"), t("token-b"), t("token-a") + "=");
        assertThat(parser.size()).isEqualTo(1);
    }

    @Test
    void a_maximum_token_age_ends_the_entry_before_the_expiry() throws Exception {
        var parser = parser(100, Optional.of(30L));
        valid.put(t("token-a"), T0.plusSeconds(60));
        parser.parse(t("token-a"));

        now = T0.plusSeconds(29);
        parser.parse(t("token-a"));
        now = T0.plusSeconds(30);
        parser.parse(t("token-a"));

        assertThat(verifications).containsExactly(t("token-a"), t("token-a"));
    }

    @Test
    void a_full_cache_drops_expired_entries_first_and_then_starts_again() throws Exception {
        var parser = parser(10, Optional.empty());
        valid.put(t("short"), T0.plusSeconds(10));
        parser.parse(t("short"));
        for (int i = 0; i < 9; i++) {
            valid.put(t("long-" + i), T0.plusSeconds(600));
            parser.parse(t("long-" + i));
        }
        assertThat(parser.size()).isEqualTo(10);

        now = T0.plusSeconds(10);
        valid.put(t("next"), T0.plusSeconds(600));
        parser.parse(t("next")); // full: the expired "short" makes room, but 9 live ones are still 90%: start again
        assertThat(parser.size()).isEqualTo(1);
        int before = verifications.size();
        parser.parse(t("next"));
        parser.parse(t("long-0"));
        assertThat(verifications.subList(before, verifications.size())).containsExactly(t("long-0"));
    }

    @Test
    void expired_entries_alone_can_make_room() throws Exception {
        var parser = parser(10, Optional.empty());
        for (int i = 0; i < 10; i++) {
            valid.put(t("short-" + i), T0.plusSeconds(10));
            parser.parse(t("short-" + i));
        }
        now = T0.plusSeconds(10);
        valid.put(t("next"), T0.plusSeconds(600));
        parser.parse(t("next"));
        assertThat(parser.size()).isEqualTo(1);
        parser.parse(t("next"));
        assertThat(verifications).containsOnlyOnce(t("next"));
    }

    @Test
    void only_the_canonical_spelling_of_a_token_is_kept() throws Exception {
        var parser = parser(100, Optional.empty());
        String token = t("token-a");
        String[] parts = token.split("\\.");
        // Spellings a lenient base64url decoder reads as the same signed token.
        List<String> spellings = List.of(token + "=", token + "==", parts[0] + "." + parts[1] + "." + parts[2] + "\n",
                parts[0] + "." + parts[1] + "." + lastBitsSet(parts[2]), parts[0] + "=." + parts[1] + "." + parts[2]);
        for (String spelling : spellings) {
            valid.put(spelling, T0.plusSeconds(60));
            parser.parse(spelling);
            parser.parse(spelling);
        }
        assertThat(parser.size()).as("none of the variant spellings is kept").isZero();
        assertThat(verifications).hasSize(2 * spellings.size());

        valid.put(token, T0.plusSeconds(60));
        parser.parse(token);
        parser.parse(token);
        assertThat(parser.size()).isEqualTo(1);
        assertThat(CachingJwtParser.canonical(token)).isTrue();
        assertThat(CachingJwtParser.canonical(token + "." + parts[1])).isFalse();
        assertThat(CachingJwtParser.canonical(parts[0] + "." + parts[1] + "." + parts[1])).as("not a 64-byte signature")
                .isFalse();
        assertThat(CachingJwtParser.canonical(parts[0] + "." + "x".repeat(CachingJwtParser.MAX_CACHED_LENGTH) + "."
                + parts[2])).as("too long").isFalse();
    }

    /** The same bytes spelled with the unused low bits of the last character set. */
    private static String lastBitsSet(String part) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        int last = alphabet.indexOf(part.charAt(part.length() - 1));
        return part.substring(0, part.length() - 1) + alphabet.charAt(last | 0b11);
    }

    @Test
    void a_cache_of_size_zero_verifies_every_time() throws Exception {
        var parser = parser(0, Optional.empty());
        valid.put(t("token-a"), T0.plusSeconds(60));
        parser.parse(t("token-a"));
        parser.parse(t("token-a"));
        assertThat(verifications).containsExactly(t("token-a"), t("token-a"));
    }

    /** A canonically spelled compact token (three base64url parts, a 64-byte signature) named by {@code name}. */
    private static String t(String name) {
        var b64 = java.util.Base64.getUrlEncoder().withoutPadding();
        byte[] signature = new byte[64];
        java.util.Arrays.fill(signature, (byte) name.hashCode());
        return b64.encodeToString("{\"alg\":\"ES256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(name.getBytes(StandardCharsets.UTF_8)) + "." + b64.encodeToString(signature);
    }

    /** A JsonWebToken carrying only a name, iat and exp, enough for the cache. */
    private static JsonWebToken jwt(String name, long iat, long exp) {
        Map<String, Object> claims = Map.of("sub", name, "iat", iat, "exp", exp);
        return (JsonWebToken) Proxy.newProxyInstance(JsonWebToken.class.getClassLoader(), new Class<?>[] {JsonWebToken.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getName" -> name;
                    case "getClaimNames" -> Set.copyOf(claims.keySet());
                    case "getClaim" -> claims.get(String.valueOf(args[0]));
                    case "getExpirationTime" -> exp;
                    case "getIssuedAtTime" -> iat;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "jwt " + name;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
