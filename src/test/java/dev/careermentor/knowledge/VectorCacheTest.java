package dev.careermentor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VectorCacheTest {

    @TempDir
    Path dir;

    @Test
    void vectorsSurviveARoundTripWithTheirKnowledgeVersion() {
        VectorCache cache = new VectorCache(dir);
        cache.save("model-a", "v1", Map.of("k1", new float[] {0.5f, -0.25f}, "k2", new float[] {1f, 0f}));

        VectorCache.Contents contents = new VectorCache(dir).load("model-a");

        assertThat(contents.knowledgeVersion()).isEqualTo("v1");
        assertThat(contents.vectors()).containsOnlyKeys("k1", "k2");
        assertThat(contents.vectors().get("k1")).containsExactly(0.5f, -0.25f);
    }

    @Test
    void eachModelHasItsOwnFile() {
        VectorCache cache = new VectorCache(dir);
        cache.save("model-a", "v1", Map.of("k", new float[] {1f}));

        assertThat(cache.load("model-b").vectors()).isEmpty();
    }

    @Test
    void aDamagedFileIsIgnoredInsteadOfFailingTheStart() throws IOException {
        VectorCache cache = new VectorCache(dir);
        cache.save("model-a", "v1", Map.of("k", new float[] {1f, 2f, 3f}));
        Path file = cache.file("model-a");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 5));

        assertThat(cache.load("model-a").vectors()).isEmpty();
    }

    @Test
    void withoutADirectoryNothingIsStored() {
        VectorCache cache = new VectorCache(null);
        cache.save("m", "v", Map.of("k", new float[] {1f}));

        assertThat(cache.load("m").vectors()).isEmpty();
    }
}
