package org.relieftrace.architecture;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JavaStringLiteralsTest {

    @Test
    void literalsAreReadWithTheirLineAndCommentsAndCharactersAreSkipped() {
        String source = """
                class A {
                    // "not a literal"
                    char q = '"'; String a = "one \\" two";
                    /* "nor this" */ String b = \"""
                        three
                        \""";
                    String c = "four";
                }
                """;

        assertThat(JavaStringLiterals.of(source)).extracting(JavaStringLiterals.Literal::line)
                .containsExactly(3, 4, 7);
        assertThat(JavaStringLiterals.of(source)).extracting(l -> l.text().strip())
                .containsExactly("one \\\" two", "three", "four");
    }
}
