package com.lockvue.bootstrap.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A minimal seeded generator for fuzz tests: a function of a {@link Random}. Every value comes from the one
 * Random the test seeds, so a run is replayed exactly from its seed.
 */
@FunctionalInterface
public interface Gen<T> {
    T next(Random random);

    default <U> Gen<U> map(Function<? super T, ? extends U> f) {
        return r -> f.apply(next(r));
    }

    default <U> Gen<U> flatMap(Function<? super T, Gen<? extends U>> f) {
        return r -> f.apply(next(r)).next(r);
    }

    default Gen<T> filter(Predicate<? super T> keep) {
        return r -> {
            for (int i = 0; i < 10_000; i++) {
                T value = next(r);
                if (keep.test(value)) {
                    return value;
                }
            }
            throw new IllegalStateException("filter rejected 10,000 values in a row");
        };
    }

    static <T> Gen<T> just(T value) {
        return r -> value;
    }

    static <T> Gen<T> create(Supplier<T> supplier) {
        return r -> supplier.get();
    }

    @SafeVarargs
    static <T> Gen<T> of(T... values) {
        return of(Arrays.asList(values));
    }

    static <T> Gen<T> of(List<? extends T> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("nothing to choose from");
        }
        List<T> copy = new ArrayList<>(values);
        return r -> copy.get(r.nextInt(copy.size()));
    }

    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
        return oneOf(Arrays.asList(gens));
    }

    static <T> Gen<T> oneOf(List<? extends Gen<? extends T>> gens) {
        List<Gen<? extends T>> copy = new ArrayList<>(gens);
        return r -> copy.get(r.nextInt(copy.size())).next(r);
    }

    static Gen<Integer> ints(int min, int max) {
        return r -> min + r.nextInt(max - min + 1);
    }

    /** Strings of {@code min..max} characters drawn from {@code alphabet}. */
    static Gen<String> strings(String alphabet, int min, int max) {
        int[] points = alphabet.codePoints().toArray();
        return r -> {
            int length = min + r.nextInt(max - min + 1);
            StringBuilder s = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                s.appendCodePoint(points[r.nextInt(points.length)]);
            }
            return s.toString();
        };
    }

    /** Strings of chars in {@code from..to}. */
    static Gen<String> chars(char from, char to, int min, int max) {
        return r -> {
            int length = min + r.nextInt(max - min + 1);
            char[] s = new char[length];
            for (int i = 0; i < length; i++) {
                s[i] = (char) (from + r.nextInt(to - from + 1));
            }
            return new String(s);
        };
    }

    /** Any UTF-16 content, lone surrogates, control characters and all. */
    static Gen<String> anyString(int min, int max) {
        return chars('\u0000', '\uFFFF', min, max);
    }

    static Gen<String> alpha(int min, int max) {
        return strings("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", min, max);
    }

    static <T> Gen<List<T>> listOf(Gen<T> element, int min, int max) {
        return r -> {
            int size = min + r.nextInt(max - min + 1);
            List<T> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(element.next(r));
            }
            return list;
        };
    }
}
