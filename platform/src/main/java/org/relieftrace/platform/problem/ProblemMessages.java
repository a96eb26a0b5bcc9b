package org.relieftrace.platform.problem;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Localized problem titles and messages in Chinese (default) or English. A key is looked up first in the service's
 * bundle {@code i18n/problems} and then in the platform's {@code i18n/platform-problems}.
 */
@ApplicationScoped
public class ProblemMessages {

    private static final List<String> BUNDLES = List.of("i18n/problems", "i18n/platform-problems");

    /** Chinese unless the caller's first acceptable language is English (or another non-Chinese language). */
    public Locale localeOf(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            if (locale.getLanguage().equals("zh")) {
                return Locale.SIMPLIFIED_CHINESE;
            }
            if (!locale.getLanguage().equals("*") && !locale.getLanguage().isEmpty()) {
                return Locale.ENGLISH;
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    /** The message for {@code key} with arguments filled in, or {@code fallback} when no bundle has it. */
    public String text(Locale locale, String key, String fallback, Object... arguments) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (String name : BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(name, locale, loader,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                if (bundle.containsKey(key)) {
                    return new MessageFormat(bundle.getString(key), locale).format(arguments);
                }
            } catch (MissingResourceException notInThisBundle) {
                // the service has no bundle of its own: try the platform's
            }
        }
        return fallback;
    }
}
