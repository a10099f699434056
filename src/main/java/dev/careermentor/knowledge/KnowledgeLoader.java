package dev.careermentor.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads every {@code *.md} file below a knowledge root (a directory, or the copy embedded in the
 * jar), skipping {@code challenges/}, which holds the practice bank in its own format. A broken
 * file is reported and skipped; the others still load.
 */
public final class KnowledgeLoader {

    /** Sub-directories of the knowledge root that are not knowledge-base articles. */
    private static final List<String> EXCLUDED_DIRS = List.of("challenges");

    private final FrontMatterParser frontMatter = new FrontMatterParser();
    private final MarkdownChunker chunker = new MarkdownChunker();

    public KnowledgeBase load(KnowledgeRoot root) {
        List<KnowledgeDocument> documents = new ArrayList<>();
        List<Chunk> chunks = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        MessageDigest digest = Hashes.sha256();
        for (Path path : markdownFiles(root.path())) {
            String file = root.path().relativize(path).toString().replace('\\', '/');
            try {
                byte[] bytes = Files.readAllBytes(path);
                digest.update(file.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(bytes);
                KnowledgeDocument document = frontMatter.parse(file, decode(bytes));
                List<Chunk> documentChunks = chunker.chunk(document);
                if (documentChunks.isEmpty()) {
                    problems.add(new LoadProblem(file, document.bodyLine(), "the file has no text below its front matter"));
                    continue;
                }
                documents.add(document);
                chunks.addAll(documentChunks);
            } catch (FrontMatterParser.InvalidFrontMatter e) {
                problems.add(new LoadProblem(file, e.line, e.getMessage()));
            } catch (CharacterCodingException e) {
                problems.add(new LoadProblem(file, 0, "the file is not valid UTF-8"));
            } catch (IOException e) {
                problems.add(new LoadProblem(file, 0, "cannot read the file: " + e.getMessage()));
            }
        }
        String version = HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        return new KnowledgeBase(version, documents, chunks, problems);
    }

    private static List<Path> markdownFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !isExcluded(root.relativize(p)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the knowledge base at " + root, e);
        }
    }

    private static boolean isExcluded(Path relative) {
        return relative.getNameCount() > 1 && EXCLUDED_DIRS.contains(relative.getName(0).toString());
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    }
}
