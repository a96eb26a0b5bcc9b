package org.relieftrace.gateway.console;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextsTest {

    private static final Pattern TEXT_KEY = Pattern.compile("\\{t\\.([a-z_]+)");

    @Test
    void chineseAndEnglishHaveTheSameKeys() {
        assertThat(Texts.load("en").keySet()).isEqualTo(Texts.load("zh").keySet());
    }

    @Test
    void everyTextATemplateUsesExistsInBothLanguages() throws IOException, URISyntaxException {
        Path templates = Path.of(getClass().getClassLoader().getResource("templates/console").toURI());
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(templates)) {
            for (Path file : files.toList()) {
                Matcher matcher = TEXT_KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        for (Map<String, String> texts : new Map[] {Texts.load("zh"), Texts.load("en")}) {
            assertThat(texts.keySet()).containsAll(used);
        }
    }
}
