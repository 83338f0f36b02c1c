package com.lockvue.adapter.lockcommand.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The verifier is the code firmware teams port: it must import nothing but the JDK. */
class VerifierIndependenceTest {

    @Test
    void verifierSourcesImportOnlyJavaPackages() throws IOException {
        Path sources = Path.of("src/main/java/com/lockvue/adapter/lockcommand/verifier");
        assertThat(sources).isDirectory();
        List<String> imports;
        try (Stream<Path> files = Files.list(sources)) {
            imports = files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).filter(line -> line.startsWith("import ")).toList();
        }
        assertThat(imports).isNotEmpty().allSatisfy(line -> assertThat(line).matches("import (static )?java\\..*"));
    }
}
