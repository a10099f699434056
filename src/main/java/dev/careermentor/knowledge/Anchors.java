package dev.careermentor.knowledge;

import java.text.Normalizer;
import java.util.Locale;

/** GitHub-style heading anchors, so a citation like {@code testing.md#which-tools} opens the section. */
public final class Anchors {

    private Anchors() {
    }

    public static String slug(String heading) {
        String ascii = Normalizer.normalize(heading, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9 _-]", "")
                .strip()
                .replace(' ', '-');
        return slug.isEmpty() ? "section" : slug;
    }
}
