package com.lockvue.adapter.rest;

import com.lockvue.domain.failure.PreconditionFailed;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entity tags (RFC 9110 8.8.3) for resources with a version: a strong tag {@code "<version>"} in {@code ETag}, and
 * the version a client names in {@code If-Match} when it updates. {@code If-Match: *} and no If-Match set no
 * condition; a tag this server did not write can never be current, so it is refused as stale (412).
 */
public final class EntityTags {
    private static final Pattern ONE_TAG = Pattern.compile("^\\s*\"(0|[1-9][0-9]{0,17})\"\\s*$");

    private EntityTags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version If-Match names, or null for no condition. */
    public static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        Matcher tag = ONE_TAG.matcher(ifMatch);
        if (!tag.matches()) {
            throw new PreconditionFailed("If-Match must name one entity tag this server gave, such as \"3\"");
        }
        return Long.parseLong(tag.group(1));
    }
}
