package dev.careermentor.knowledge;

import java.time.LocalDate;
import java.util.List;

/** The YAML header of a knowledge file: what it is about and where its facts come from. */
public record FrontMatter(String title, List<String> tags, Provenance source, LocalDate updated) {

    /** {@code article}: restated from the seed article; {@code curated}: written by the team beyond it. */
    public enum Provenance { ARTICLE, CURATED }

    public FrontMatter {
        tags = List.copyOf(tags);
    }
}
