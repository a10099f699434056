package dev.careermentor.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Turns {@link Signals} into a calibrated probability that the knowledge base answers the question:
 * a logistic regression fitted on the project's labelled question set ({@code eval --calibrate}).
 * Below {@link #threshold()} the mentor refuses.
 */
public final class ConfidenceModel {

    static final String RESOURCE = "confidence-model.properties";

    private final double[] weights;
    private final double bias;
    private final double threshold;

    public ConfidenceModel(double[] weights, double bias, double threshold) {
        if (weights.length != Signals.NAMES.length) {
            throw new IllegalArgumentException("expected " + Signals.NAMES.length + " weights, got " + weights.length);
        }
        this.weights = weights.clone();
        this.bias = bias;
        this.threshold = threshold;
    }

    /** The model shipped with the jar. */
    public static ConfidenceModel load() {
        try (InputStream in = ConfidenceModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A model written by {@code eval --calibrate --write FILE}. */
    public static ConfidenceModel load(java.nio.file.Path file) {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the confidence model " + file, e);
        }
    }

    private static ConfidenceModel load(InputStream in) throws IOException {
        Properties properties = new Properties();
        properties.load(in);
        double[] weights = Arrays.stream(Signals.NAMES)
                .mapToDouble(name -> Double.parseDouble(properties.getProperty("weight." + name, "0")))
                .toArray();
        return new ConfidenceModel(weights, Double.parseDouble(properties.getProperty("bias", "0")),
                Double.parseDouble(properties.getProperty("threshold", "0.5")));
    }

    /**
     * Below this semantic similarity nothing in the knowledge base is about the question, however
     * many of its words it shares (a one-word question can match every word and still be off-topic),
     * unless the question names a distinctive knowledge-base term such as "FastAPI".
     */
    static final double MIN_COSINE = 0.30;

    public double probability(Signals signals) {
        if (Math.max(signals.question(), signals.body()) < MIN_COSINE && !signals.domainTerm()) {
            return Math.min(0.01, raw(signals));
        }
        return raw(signals);
    }

    private double raw(Signals signals) {
        double[] x = signals.asVector();
        double z = bias;
        for (int i = 0; i < x.length; i++) {
            z += weights[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    public double threshold() {
        return threshold;
    }

    public ConfidenceModel withThreshold(double newThreshold) {
        return new ConfidenceModel(weights, bias, newThreshold);
    }

    /** A labelled example: the signals of a question, and whether the knowledge base covers it. */
    public record Example(Signals signals, boolean covered) {
    }

    /** Fits the logistic regression by gradient descent with a small L2 penalty (no intercept penalty). */
    public static ConfidenceModel fit(List<Example> examples, double threshold) {
        int n = Signals.NAMES.length;
        double[] w = new double[n];
        double b = 0;
        double rate = 0.5;
        double l2 = 1e-3;
        for (int epoch = 0; epoch < 20_000; epoch++) {
            double[] gradient = new double[n];
            double gradientBias = 0;
            for (Example example : examples) {
                double[] x = example.signals().asVector();
                double z = b;
                for (int i = 0; i < n; i++) {
                    z += w[i] * x[i];
                }
                double error = 1 / (1 + Math.exp(-z)) - (example.covered() ? 1 : 0);
                for (int i = 0; i < n; i++) {
                    gradient[i] += error * x[i];
                }
                gradientBias += error;
            }
            for (int i = 0; i < n; i++) {
                w[i] -= rate * (gradient[i] / examples.size() + l2 * w[i]);
            }
            b -= rate * gradientBias / examples.size();
        }
        return new ConfidenceModel(w, b, threshold);
    }

    public String toProperties() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Logistic confidence model, fitted by `eval --calibrate` on questions/train.jsonl.\n");
        sb.append(String.format(Locale.ROOT, "bias=%.6f%n", bias));
        for (int i = 0; i < weights.length; i++) {
            sb.append(String.format(Locale.ROOT, "weight.%s=%.6f%n", Signals.NAMES[i], weights[i]));
        }
        sb.append(String.format(Locale.ROOT, "threshold=%.4f%n", threshold));
        return sb.toString();
    }
}
