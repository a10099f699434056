package dev.careermentor.knowledge;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passage vectors on disk, one file per embedding model, so a restart does not re-embed the
 * knowledge base. The file records the knowledge-base version it was written for; vectors are keyed
 * by passage hash, so after an edit only the changed passages are embedded again. A damaged or
 * foreign file is ignored (and rewritten), never fatal.
 */
public final class VectorCache {

    private static final Logger log = LoggerFactory.getLogger(VectorCache.class);
    private static final int MAGIC = 0x434d5643; // "CMVC"
    private static final int FORMAT = 1;

    private final Path dir;

    /** @param dir the cache directory, or {@code null} for no disk cache */
    public VectorCache(Path dir) {
        this.dir = dir;
    }

    public record Contents(String knowledgeVersion, Map<String, float[]> vectors) {
        static final Contents EMPTY = new Contents("", Map.of());
    }

    public Path file(String modelId) {
        return dir == null ? null : dir.resolve(modelId + ".vectors");
    }

    public Contents load(String modelId) {
        Path file = file(modelId);
        if (file == null || !Files.isRegularFile(file)) {
            return Contents.EMPTY;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || !in.readUTF().equals(modelId)) {
                log.warn("Ignoring vector cache {}: written by another format or model", file);
                return Contents.EMPTY;
            }
            String version = in.readUTF();
            int dimension = in.readInt();
            int count = in.readInt();
            Map<String, float[]> vectors = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                String key = in.readUTF();
                float[] vector = new float[dimension];
                for (int d = 0; d < dimension; d++) {
                    vector[d] = in.readFloat();
                }
                vectors.put(key, vector);
            }
            return new Contents(version, vectors);
        } catch (IOException | RuntimeException e) {
            log.warn("Ignoring unreadable vector cache {}: {}", file, e.toString());
            return Contents.EMPTY;
        }
    }

    /** Writes atomically (temp file, then rename), so a concurrent reader never sees half a file. */
    public void save(String modelId, String knowledgeVersion, Map<String, float[]> vectors) {
        Path file = file(modelId);
        if (file == null || vectors.isEmpty()) {
            return;
        }
        int dimension = vectors.values().iterator().next().length;
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, modelId, ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeInt(FORMAT);
                out.writeUTF(modelId);
                out.writeUTF(knowledgeVersion);
                out.writeInt(dimension);
                out.writeInt(vectors.size());
                for (Map.Entry<String, float[]> entry : vectors.entrySet()) {
                    out.writeUTF(entry.getKey());
                    for (float v : entry.getValue()) {
                        out.writeFloat(v);
                    }
                }
            }
            move(temp, file);
        } catch (IOException e) {
            log.warn("Could not write the vector cache {} (answers still work, the next start re-embeds): {}",
                    file, e.toString());
        }
    }

    private static void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
