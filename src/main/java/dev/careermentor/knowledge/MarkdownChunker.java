package dev.careermentor.knowledge;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Heading-aware chunking: every heading starts a new chunk that remembers its file and heading
 * path. The H1 is the document title; text before the first H2 forms the file's intro chunk.
 * Sentences, list items and code blocks are kept as separate units for the extractive composer.
 */
public final class MarkdownChunker {

    /** Sections longer than this are split at block boundaries; keeps chunks within the model's window. */
    static final int MAX_CHUNK_CHARS = 1_200;

    private static final Parser PARSER = Parser.builder().build();

    public List<Chunk> chunk(KnowledgeDocument document) {
        Node root = PARSER.parse(document.body());
        Builder builder = new Builder(document);
        int block = 0;
        for (Node node = root.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                builder.heading(heading.getLevel(), inlineText(heading));
            } else {
                builder.addBlock(units(node, block++));
            }
        }
        return builder.finish();
    }

    private static List<TextUnit> units(Node node, int block) {
        List<TextUnit> units = new ArrayList<>();
        if (node instanceof Paragraph paragraph) {
            for (String sentence : sentences(inlineText(paragraph))) {
                units.add(new TextUnit(TextUnit.Kind.SENTENCE, block, sentence));
            }
        } else if (node instanceof ListBlock list) {
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem) {
                    String text = inlineText(item).strip();
                    if (!text.isEmpty()) {
                        units.add(new TextUnit(TextUnit.Kind.ITEM, block, text));
                    }
                }
            }
        } else if (node instanceof FencedCodeBlock code) {
            units.add(new TextUnit(TextUnit.Kind.CODE, block, code.getLiteral().stripTrailing()));
        } else if (node instanceof IndentedCodeBlock code) {
            units.add(new TextUnit(TextUnit.Kind.CODE, block, code.getLiteral().stripTrailing()));
        } else if (node instanceof BlockQuote quote) {
            for (String sentence : sentences(inlineText(quote))) {
                units.add(new TextUnit(TextUnit.Kind.SENTENCE, block, sentence));
            }
        }
        // HTML blocks and thematic breaks carry no knowledge.
        return units;
    }

    /** Sentence boundaries by the JDK's English rules; the knowledge base is written to suit them. */
    static List<String> sentences(String paragraph) {
        List<String> sentences = new ArrayList<>();
        BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        iterator.setText(paragraph);
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            String sentence = paragraph.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    /** Plain text of inline content; inline code keeps its backticks, line breaks become spaces. */
    static String inlineText(Node node) {
        StringBuilder sb = new StringBuilder();
        appendInline(node, sb);
        return sb.toString().replaceAll("\\s+", " ").strip();
    }

    private static void appendInline(Node node, StringBuilder sb) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text) {
                sb.append(text.getLiteral());
            } else if (child instanceof Code code) {
                sb.append('`').append(code.getLiteral()).append('`');
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                sb.append(' ');
            } else if (child instanceof Paragraph || child instanceof ListBlock || child instanceof ListItem) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                appendInline(child, sb);
            } else {
                appendInline(child, sb);
            }
        }
    }

    /** Accumulates blocks under the current heading path and cuts chunks. */
    private static final class Builder {
        private final KnowledgeDocument document;
        private final List<Chunk> chunks = new ArrayList<>();
        private final Map<String, Integer> anchorsSeen = new HashMap<>();
        private final List<String> headings = new ArrayList<>();
        private final List<Integer> levels = new ArrayList<>();
        private List<TextUnit> units = new ArrayList<>();
        private int chars;

        Builder(KnowledgeDocument document) {
            this.document = document;
        }

        void heading(int level, String text) {
            flush();
            if (level == 1) {
                headings.clear();
                levels.clear();
                return;
            }
            while (!levels.isEmpty() && levels.get(levels.size() - 1) >= level) {
                levels.remove(levels.size() - 1);
                headings.remove(headings.size() - 1);
            }
            levels.add(level);
            headings.add(text);
        }

        void addBlock(List<TextUnit> block) {
            int blockChars = block.stream().mapToInt(u -> u.text().length() + 1).sum();
            if (!units.isEmpty() && chars + blockChars > MAX_CHUNK_CHARS) {
                flush();
            }
            units.addAll(block);
            chars += blockChars;
        }

        List<Chunk> finish() {
            flush();
            return chunks;
        }

        private void flush() {
            if (units.isEmpty()) {
                return;
            }
            String title = document.meta().title();
            String anchor = uniqueAnchor(Anchors.slug(headings.isEmpty() ? title : headings.get(headings.size() - 1)));
            chunks.add(new Chunk(document.file() + "#" + anchor, document.file(), anchor, title, headings, units,
                    document.meta().tags(), document.meta().source()));
            units = new ArrayList<>();
            chars = 0;
        }

        private String uniqueAnchor(String slug) {
            int seen = anchorsSeen.merge(slug, 1, Integer::sum);
            return seen == 1 ? slug : slug + "-" + (seen - 1);
        }
    }
}
