package dev.careermentor.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a knowledge root (a directory, or the copy embedded in the jar): {@code topics.yaml}, and one
 * card per {@code <topic>/<slug>.md}. {@code challenges/} holds the practice bank in its own format.
 * A broken file is reported with its line and skipped; the others still load.
 */
public final class KnowledgeLoader {

    static final String TOPICS_FILE = "topics.yaml";
    private static final Set<String> NOT_TOPICS = Set.of("challenges");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final CardParser parser = new CardParser();

    public KnowledgeBase load(KnowledgeRoot root) {
        List<LoadProblem> problems = new ArrayList<>();
        MessageDigest digest = Hashes.sha256();
        Map<String, Topic> topics = topics(root.path(), digest, problems);
        List<Card> cards = new ArrayList<>();
        for (Path path : cardFiles(root.path())) {
            String file = root.path().relativize(path).toString().replace('\\', '/');
            String id = file.substring(0, file.length() - ".md".length());
            try {
                byte[] bytes = Files.readAllBytes(path);
                digest.update(file.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(bytes);
                cards.add(parser.parse(id, decode(bytes)));
            } catch (CardParser.InvalidCard e) {
                problems.add(new LoadProblem(file, e.line, e.getMessage()));
            } catch (CharacterCodingException e) {
                problems.add(new LoadProblem(file, 0, "the file is not valid UTF-8"));
            } catch (IOException e) {
                problems.add(new LoadProblem(file, 0, "cannot read the file: " + e.getMessage()));
            }
        }
        for (Card card : cards) {
            if (!topics.containsKey(card.topic())) {
                problems.add(new LoadProblem(card.file(), 0, "topic '" + card.topic() + "' is not listed in " + TOPICS_FILE));
                topics.put(card.topic(), new Topic(card.topic(), card.topic(), "", ""));
            }
        }
        List<Topic> roadmap = List.copyOf(topics.values());
        List<String> order = roadmap.stream().map(Topic::id).toList();
        cards.sort(Comparator.comparingInt((Card c) -> order.indexOf(c.topic())).thenComparing(Card::id));
        String version = HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        return new KnowledgeBase(version, roadmap, withKnownRelations(cards, problems), problems);
    }

    private static Map<String, Topic> topics(Path root, MessageDigest digest, List<LoadProblem> problems) {
        Map<String, Topic> topics = new LinkedHashMap<>();
        Path file = root.resolve(TOPICS_FILE);
        if (!Files.isRegularFile(file)) {
            problems.add(new LoadProblem(TOPICS_FILE, 0, "missing: topics are listed in their directories' order"));
            return topics;
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            digest.update(bytes);
            JsonNode list = YAML.readTree(bytes);
            if (list == null || !list.isArray()) {
                problems.add(new LoadProblem(TOPICS_FILE, 1, "must be a YAML list of topics"));
                return topics;
            }
            for (JsonNode node : list) {
                String id = node.path("id").asText("").strip();
                if (id.isEmpty() || topics.containsKey(id)) {
                    problems.add(new LoadProblem(TOPICS_FILE, 0, id.isEmpty() ? "a topic has no 'id'" : "topic '" + id
                            + "' is listed twice"));
                    continue;
                }
                topics.put(id, new Topic(id, node.path("title").asText(id).strip(), node.path("summary").asText("").strip(),
                        node.path("next").asText("").strip()));
            }
        } catch (IOException e) {
            problems.add(new LoadProblem(TOPICS_FILE, 1, "cannot read it: " + CardParser.firstLine(e.getMessage())));
        }
        return topics;
    }

    /** Related ids that name no card are reported and dropped, so adapters never offer a dead button. */
    private static List<Card> withKnownRelations(List<Card> cards, List<LoadProblem> problems) {
        Set<String> ids = cards.stream().map(Card::id).collect(Collectors.toSet());
        List<Card> checked = new ArrayList<>(cards.size());
        for (Card card : cards) {
            List<String> known = card.related().stream().filter(ids::contains).filter(id -> !id.equals(card.id())).toList();
            card.related().stream().filter(id -> !ids.contains(id))
                    .forEach(id -> problems.add(new LoadProblem(card.file(), 2, "related card '" + id + "' does not exist")));
            checked.add(known.size() == card.related().size() ? card : new Card(card.id(), card.topic(), card.question(),
                    card.body(), card.phrasings(), known, card.names(), card.source(), card.updated()));
        }
        return checked;
    }

    /** {@code <topic>/<slug>.md}: one level below the root, outside the challenge bank; READMEs are for people. */
    private static List<Path> cardFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root, 2)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> root.relativize(p).getNameCount() == 2)
                    .filter(p -> !NOT_TOPICS.contains(root.relativize(p).getName(0).toString()))
                    .filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the knowledge base at " + root, e);
        }
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    }
}
