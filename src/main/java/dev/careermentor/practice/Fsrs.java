package dev.careermentor.practice;

import java.util.Arrays;

/**
 * FSRS-6, the Free Spaced Repetition Scheduler (the one Anki uses), transcribed from its published
 * formulas: the FSRS wiki page "The Algorithm" (github.com/open-spaced-repetition/fsrs4anki/wiki/The-Algorithm)
 * and the reference implementation py-fsrs 6.3.1 ({@code fsrs/scheduler.py}), whose default parameters
 * are {@link #DEFAULT_WEIGHTS}. java-fsrs does not resolve from Maven Central, and the memory model is
 * a page of arithmetic.
 *
 * <p>A memory has a stability S (days until the chance of recalling it falls to 90 %) and a
 * difficulty D (1 to 10). Each review with a rating updates both; the next review is due when the
 * predicted recall falls to the desired retention. Career Mentor schedules whole days (at least one,
 * so a wrong answer comes back tomorrow) without Anki's minute-long learning steps and without fuzz:
 * practice is daily, and the same history must always give the same schedule.
 */
public final class Fsrs {

    /** py-fsrs 6.3.1's {@code DEFAULT_PARAMETERS}: w0 … w20 (w20 is the forgetting curve's decay). */
    public static final double[] DEFAULT_WEIGHTS = {0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,
            1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};
    public static final double DEFAULT_RETENTION = 0.9;
    public static final int MAX_INTERVAL_DAYS = 36_500;

    static final double MIN_STABILITY = 0.001;
    static final double MIN_DIFFICULTY = 1;
    static final double MAX_DIFFICULTY = 10;

    /** How a review went, FSRS's four grades. */
    public enum Rating {
        AGAIN(1), HARD(2), GOOD(3), EASY(4);

        final int grade;

        Rating(int grade) {
            this.grade = grade;
        }
    }

    /** A memory's state after its latest review. */
    public record Memory(double stability, double difficulty) {
    }

    private final double[] w;
    private final double retention;
    private final double decay;
    private final double factor;

    public Fsrs() {
        this(DEFAULT_WEIGHTS, DEFAULT_RETENTION);
    }

    public Fsrs(double[] weights, double retention) {
        if (weights.length != DEFAULT_WEIGHTS.length) {
            throw new IllegalArgumentException("FSRS-6 has 21 parameters, not " + weights.length);
        }
        this.w = Arrays.copyOf(weights, weights.length);
        this.retention = retention;
        this.decay = -w[20];
        this.factor = Math.pow(0.9, 1 / decay) - 1; // so that R(S, S) = 90 %
    }

    /** The memory after the first review of something new. */
    public Memory first(Rating rating) {
        return new Memory(Math.max(w[rating.grade - 1], MIN_STABILITY), clampDifficulty(initialDifficulty(rating.grade)));
    }

    /**
     * The memory after a review {@code elapsedDays} whole days after the previous one. A review on the
     * same day (0) changes stability by the short-term formula; a later one by the recall or the
     * forgetting formula, depending on the rating.
     */
    public Memory next(Memory memory, long elapsedDays, Rating rating) {
        double s = memory.stability();
        double d = memory.difficulty();
        double stability;
        if (elapsedDays < 1) {
            stability = shortTermStability(s, rating.grade);
        } else {
            double r = retrievability(elapsedDays, s);
            stability = rating == Rating.AGAIN ? forgetStability(d, s, r) : recallStability(d, s, r, rating.grade);
        }
        return new Memory(Math.max(stability, MIN_STABILITY), nextDifficulty(d, rating.grade));
    }

    /** The predicted chance of recall {@code elapsedDays} after a review: R(t, S) = (1 + factor · t / S)^decay. */
    public double retrievability(double elapsedDays, double stability) {
        return Math.pow(1 + factor * elapsedDays / stability, decay);
    }

    /** Whole days until recall is predicted to fall to the desired retention: at least one, at most 100 years. */
    public int intervalDays(double stability) {
        double days = stability / factor * (Math.pow(retention, 1 / decay) - 1);
        return (int) Math.min(MAX_INTERVAL_DAYS, Math.max(1, Math.round(days)));
    }

    /** D0(G) = w4 − e^(w5 · (G − 1)) + 1, unclamped (mean reversion uses it so). */
    private double initialDifficulty(int grade) {
        return w[4] - Math.exp(w[5] * (grade - 1)) + 1;
    }

    /** The rating moves D (less as D nears 10, "linear damping"), then D reverts a little towards D0(Easy). */
    private double nextDifficulty(double d, int grade) {
        double delta = -w[6] * (grade - 3);
        double damped = d + delta * (10 - d) / 9;
        return clampDifficulty(w[7] * initialDifficulty(4) + (1 - w[7]) * damped);
    }

    /** After a successful recall: grows more for easy material, low stability and low retrievability. */
    private double recallStability(double d, double s, double r, int grade) {
        double hardPenalty = grade == 2 ? w[15] : 1;
        double easyBonus = grade == 4 ? w[16] : 1;
        return s * (1 + Math.exp(w[8]) * (11 - d) * Math.pow(s, -w[9]) * (Math.exp(w[10] * (1 - r)) - 1)
                * hardPenalty * easyBonus);
    }

    /** After a lapse: never more than the short-term formula would leave. */
    private double forgetStability(double d, double s, double r) {
        double longTerm = w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp(w[14] * (1 - r));
        double shortTerm = s / Math.exp(w[17] * w[18]);
        return Math.min(longTerm, shortTerm);
    }

    /** A second review on the same day; a right answer never lowers stability. */
    private double shortTermStability(double s, int grade) {
        double increase = Math.exp(w[17] * (grade - 3 + w[18])) * Math.pow(s, -w[19]);
        if (grade >= 3) {
            increase = Math.max(increase, 1);
        }
        return s * increase;
    }

    private static double clampDifficulty(double d) {
        return Math.min(Math.max(d, MIN_DIFFICULTY), MAX_DIFFICULTY);
    }
}
