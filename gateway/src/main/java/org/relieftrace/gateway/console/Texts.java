package org.relieftrace.gateway.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * 界面文字 — the console's texts in Chinese ({@code console-i18n/console_zh.properties}, the default) and English
 * ({@code console_en.properties}). Templates read them by key: {@code {t.stock_title}}.
 */
@ApplicationScoped
public class Texts {

    private final Map<String, String> zh = load("zh");
    private final Map<String, String> en = load("en");

    /** The texts of a language, {@code zh} for anything but {@code en}. */
    public Map<String, String> of(String lang) {
        return "en".equals(lang) ? en : zh;
    }

    static Map<String, String> load(String lang) {
        String name = "console-i18n/console_" + lang + ".properties";
        try (InputStream in = Texts.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new TreeMap<>();
            properties.forEach((key, value) -> texts.put(key.toString(), value.toString()));
            return Map.copyOf(texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
