package dev.careermentor.knowledge;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.util.Arrays;
import java.util.Locale;

/**
 * The in-process ONNX embedding models this project can use, each with the prefixes it was trained
 * with. Only the chosen default ships in the jar; the others are on the class path with the Maven
 * profile {@code models} (see docs/eval.md for the comparison that picked the default).
 */
public enum EmbeddingModelChoice {
    ALL_MINILM_L6_V2_Q("all-minilm-l6-v2-q", "all-minilm-l6-v2-q", PoolingMode.MEAN,
            "dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel", "", ""),
    BGE_SMALL_EN_V15_Q("bge-small-en-v15-q", "bge-small-en-v1.5-q", PoolingMode.CLS,
            "dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel",
            "Represent this sentence for searching relevant passages: ", ""),
    E5_SMALL_V2_Q("e5-small-v2-q", "e5-small-v2-q", PoolingMode.MEAN,
            "dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel", "query: ", "passage: ");

    public static final EmbeddingModelChoice DEFAULT = ALL_MINILM_L6_V2_Q;

    private final String id;
    private final String resource;
    private final PoolingMode pooling;
    private final String className;
    private final String queryPrefix;
    private final String passagePrefix;

    EmbeddingModelChoice(String id, String resource, PoolingMode pooling, String className, String queryPrefix,
            String passagePrefix) {
        this.id = id;
        this.resource = resource;
        this.pooling = pooling;
        this.className = className;
        this.queryPrefix = queryPrefix;
        this.passagePrefix = passagePrefix;
    }

    public String id() {
        return id;
    }

    public String queryPrefix() {
        return queryPrefix;
    }

    public String passagePrefix() {
        return passagePrefix;
    }

    public static EmbeddingModelChoice byId(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(choice -> choice.id.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown embedding model '" + id + "'; choose one of "
                        + Arrays.stream(values()).map(EmbeddingModelChoice::id).toList()));
    }

    /**
     * Loads the model from its Maven artifact, in an ONNX session of its own: one thread per inference
     * (a question is a few dozen tokens; on two cores a second thread costs more in hand-over than it
     * saves, and concurrent questions use the cores anyway) and no memory arena (it keeps the largest
     * input's buffers for ever; measured: faster and about 20 MB smaller, docs/benchmarks.md).
     */
    public EmbeddingModel load() {
        ClassLoader loader = EmbeddingModelChoice.class.getClassLoader();
        URL modelUrl = loader.getResource(resource + ".onnx");
        try (InputStream tokenizer = loader.getResourceAsStream(resource + "-tokenizer.json")) {
            if (modelUrl == null || tokenizer == null) {
                throw new IllegalStateException("the embedding model " + id + " is not on the class path; "
                        + "build with 'mvn -Pmodels package' to include it (" + className + ")");
            }
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                options.setCPUArenaAllocator(false);
                options.setMemoryPatternOptimization(false);
                OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(environment,
                        environment.createSession(outsideTheHeap(modelUrl), options), tokenizer, pooling);
                return new Model(encoder);
            }
        } catch (IOException | OrtException e) {
            throw new IllegalStateException("cannot load the embedding model " + id, e);
        }
    }

    /**
     * The model's bytes in a direct buffer, read in chunks: as a byte array they would grow the heap by the
     * model's size (twice, while the array doubles) at start-up, and the resident set with it.
     */
    private static ByteBuffer outsideTheHeap(URL model) throws IOException {
        URLConnection connection = model.openConnection();
        long size = connection.getContentLengthLong();
        try (ReadableByteChannel in = Channels.newChannel(connection.getInputStream())) {
            ByteBuffer bytes = ByteBuffer.allocateDirect(Math.toIntExact(size));
            while (bytes.hasRemaining() && in.read(bytes) >= 0) {
                // read until the buffer is full or the stream ends
            }
            return bytes.flip();
        }
    }

    /** LangChain4j's in-process model over our session; batches are embedded in parallel on the cores. */
    private static final class Model extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        Model(OnnxBertBiEncoder encoder) {
            super(null); // LangChain4j's default executor: one thread per core for batches
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }
    }
}
