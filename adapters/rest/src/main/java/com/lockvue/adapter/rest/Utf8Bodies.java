package com.lockvue.adapter.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Refuses a JSON body that is not well-formed UTF-8 (RFC 8259 allows no other encoding) before Jackson reads it:
 * Jackson decodes overlong forms ({@code C1 81} as "A", {@code E0 80 AF} as "/") and sequences past U+10FFFF
 * without complaint, so a body could mean something other than its bytes say to every other reader.
 */
@Provider
public class Utf8Bodies implements ReaderInterceptor {

    /** A body whose bytes are not UTF-8; nothing was read from it. */
    public static final class NotUtf8 extends RuntimeException {
        NotUtf8() {
            super("The body is not valid UTF-8", null, false, false);
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && isJson(type)) {
            byte[] body = context.getInputStream().readAllBytes();
            requireUtf8(body);
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }

    static void requireUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw new NotUtf8();
        }
    }

    private static boolean isJson(MediaType type) {
        return "application".equalsIgnoreCase(type.getType())
                && ("json".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"));
    }
}
