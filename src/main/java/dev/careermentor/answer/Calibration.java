package dev.careermentor.answer;

import java.util.ArrayList;
import java.util.List;

/** Chooses the refusal threshold from the confidence model's predictions on questions it was not fitted on. */
public final class Calibration {

    private Calibration() {
    }

    /** The shares of in-domain questions answered and of off-topic questions refused. */
    public record Rates(double answered, double refused) {
    }

    /** Each example's probability from a model fitted without the fold that holds it. */
    public static double[] outOfFoldProbabilities(List<ConfidenceModel.Example> examples, int folds) {
        double[] probabilities = new double[examples.size()];
        for (int fold = 0; fold < folds; fold++) {
            List<ConfidenceModel.Example> training = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (i % folds != fold) {
                    training.add(examples.get(i));
                }
            }
            ConfidenceModel model = ConfidenceModel.fit(training, 0.5);
            for (int i = fold; i < examples.size(); i += folds) {
                probabilities[i] = model.probability(examples.get(i).signals());
            }
        }
        return probabilities;
    }

    public static Rates rates(List<ConfidenceModel.Example> examples, double[] probabilities, double threshold) {
        int in = 0;
        int answered = 0;
        int out = 0;
        int refused = 0;
        for (int i = 0; i < examples.size(); i++) {
            if (examples.get(i).covered()) {
                in++;
                answered += probabilities[i] >= threshold ? 1 : 0;
            } else {
                out++;
                refused += probabilities[i] < threshold ? 1 : 0;
            }
        }
        return new Rates(in == 0 ? 1 : (double) answered / in, out == 0 ? 1 : (double) refused / out);
    }

    /** Maximises the worse rate, then the sum of both; among equals, the middle of the range. */
    public static double bestThreshold(List<ConfidenceModel.Example> examples, double[] probabilities) {
        double bestWorse = -1;
        double bestSum = -1;
        List<Double> best = new ArrayList<>();
        for (int step = 5; step <= 95; step++) {
            double threshold = step / 100.0;
            Rates rates = rates(examples, probabilities, threshold);
            double worse = Math.min(rates.answered(), rates.refused());
            double sum = rates.answered() + rates.refused();
            if (worse > bestWorse + 1e-9 || (Math.abs(worse - bestWorse) < 1e-9 && sum > bestSum + 1e-9)) {
                bestWorse = worse;
                bestSum = sum;
                best.clear();
            }
            if (Math.abs(worse - bestWorse) < 1e-9 && Math.abs(sum - bestSum) < 1e-9) {
                best.add(threshold);
            }
        }
        return best.get(best.size() / 2);
    }
}
