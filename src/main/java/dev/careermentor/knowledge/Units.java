package dev.careermentor.knowledge;

import java.util.List;

/** Renders text units back to readable Markdown: sentences of a paragraph rejoined, items as a list. */
public final class Units {

    private Units() {
    }

    public static String render(List<TextUnit> units) {
        StringBuilder sb = new StringBuilder();
        TextUnit previous = null;
        for (TextUnit unit : units) {
            if (previous != null) {
                boolean sameParagraph = previous.block() == unit.block() && unit.kind() == TextUnit.Kind.SENTENCE
                        && previous.kind() == TextUnit.Kind.SENTENCE;
                sb.append(sameParagraph ? " " : "\n");
            }
            switch (unit.kind()) {
                case SENTENCE -> sb.append(unit.text());
                case ITEM -> sb.append("- ").append(unit.text());
                case CODE -> sb.append("```python\n").append(unit.text()).append("\n```");
            }
            previous = unit;
        }
        return sb.toString();
    }
}
