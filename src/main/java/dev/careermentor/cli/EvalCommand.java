package dev.careermentor.cli;

import dev.careermentor.App;
import dev.careermentor.answer.Answer;
import dev.careermentor.answer.Calibration;
import dev.careermentor.answer.ConfidenceModel;
import dev.careermentor.answer.Mentor;
import dev.careermentor.answer.Signals;
import dev.careermentor.eval.EvalQuestion;
import dev.careermentor.eval.Evaluation;
import dev.careermentor.eval.QuestionSet;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "eval", description = {"Score the mentor on a labelled question set: in-domain recall (answers",
        "contain the expected facts), out-of-domain refusal rate and citation rate."})
public final class EvalCommand implements Callable<Integer> {

    @Mixin
    AppOptions options;

    @Option(names = "--questions", paramLabel = "FILE", description = "Question set (default: the project's own).")
    Path questionsFile;

    @Option(names = {"-v", "--verbose"}, description = "Print every failing question with its answer.")
    boolean verbose;

    @Option(names = "--calibrate", description = {"Fit the confidence model on the calibration set",
            "(eval/calibration.jsonl, never on the evaluation set) and print it."})
    boolean calibrate;

    @Option(names = "--write", paramLabel = "FILE", description = "With --calibrate: write the fitted model to FILE.")
    Path writeTo;

    @Option(names = "--confidence-model", paramLabel = "FILE",
            description = "Use this confidence model (from --calibrate --write) instead of the shipped one.")
    Path confidenceModel;

    @Option(names = "--in-conversation", description = {"Ask every question as a follow-up in a conversation that",
            "began with an unrelated in-domain question."})
    boolean inConversation;

    @Option(names = "--signals", paramLabel = "FILE", description = "Write every question's signals as TSV (analysis).")
    Path signalsFile;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        App app = App.start(options.config().withoutLlm());
        List<EvalQuestion> questions = QuestionSet.load(questionsFile);
        Mentor mentor = app.mentor();
        if (confidenceModel != null) {
            mentor = mentor.withConfidenceModel(ConfidenceModel.load(confidenceModel));
        }
        if (signalsFile != null) {
            writeSignals(mentor, questions);
        }
        if (calibrate) {
            mentor = mentor.withConfidenceModel(calibrated(mentor, QuestionSet.calibration(), out));
        }
        Evaluation.Report report = inConversation ? Evaluation.runInConversation(mentor, questions)
                : Evaluation.run(mentor, questions);
        print(report, questions, mentor, out);
        return 0;
    }

    private void print(Evaluation.Report report, List<EvalQuestion> questions, Mentor mentor, PrintStream out) {
        long in = questions.stream().filter(EvalQuestion::inDomain).count();
        out.printf(Locale.ROOT, "questions: %d in-domain, %d out-of-domain (model %s, threshold %.3f)%n", in,
                questions.size() - in, mentor.knowledge().modelId(), mentor.threshold());
        out.printf(Locale.ROOT, "in-domain recall:       %.3f%n", report.recall());
        out.printf(Locale.ROOT, "out-of-domain refusal:  %.3f%n", report.refusal());
        out.printf(Locale.ROOT, "citation rate:          %.3f%n", report.citation());
        if (verbose) {
            for (Evaluation.Outcome failure : report.failures()) {
                Answer answer = failure.answer();
                out.printf(Locale.ROOT, "%nFAIL %s [%s] %s%n  refused=%s p=%.3f reason=%s missing=%s%n  sources=%s%n  %s%n",
                        failure.question().id(), failure.question().topic(), failure.question().question(),
                        answer.refused(), answer.confidence(), answer.reason(), failure.missing(),
                        answer.sources().stream().map(s -> s.citation()).toList(),
                        answer.text().replace("\n", "\n  "));
            }
        }
    }

    /**
     * Fits the logistic model on the calibration questions whose fate retrieval decides (rule-based
     * refusals such as prompt injection or salary figures are left out). The threshold is chosen on
     * out-of-fold predictions (5-fold cross-validation), so it is not tuned to examples the model has
     * already seen: it maximises the worse of the answer and refusal rates, then their sum.
     */
    private ConfidenceModel calibrated(Mentor mentor, List<EvalQuestion> questions, PrintStream out) throws IOException {
        Mentor permissive = mentor.withConfidenceModel(mentor.confidenceModel().withThreshold(0));
        List<ConfidenceModel.Example> examples = new ArrayList<>();
        for (EvalQuestion question : questions) {
            if (!permissive.ask(question.question()).refused()) {
                examples.add(new ConfidenceModel.Example(mentor.signalsFor(question.question()), question.inDomain()));
            }
        }
        double[] outOfFold = Calibration.outOfFoldProbabilities(examples, 5);
        double threshold = Calibration.bestThreshold(examples, outOfFold);
        ConfidenceModel model = ConfidenceModel.fit(examples, threshold);
        Calibration.Rates rates = Calibration.rates(examples, outOfFold, threshold);
        out.printf(Locale.ROOT, "cross-validated at threshold %.2f: answered %.3f of in-domain, refused %.3f of off-topic%n",
                threshold, rates.answered(), rates.refused());
        out.println(model.toProperties());
        if (writeTo != null) {
            Files.writeString(writeTo, model.toProperties(), StandardCharsets.UTF_8);
            out.println("written to " + writeTo);
        }
        return model;
    }

    private void writeSignals(Mentor mentor, List<EvalQuestion> questions) throws IOException {
        StringBuilder tsv = new StringBuilder("id\tin\t" + String.join("\t", Signals.NAMES) + "\tquestion\n");
        for (EvalQuestion question : questions) {
            Signals s = mentor.signalsFor(question.question());
            tsv.append(String.format(Locale.ROOT, "%s\t%d\t%.4f\t%.4f\t%.4f\t%.4f\t%d\t%.4f\t%.4f\t%.4f\t%s%n", question.id(),
                    question.inDomain() ? 1 : 0, s.cosine(), s.keyword(), s.vocabulary(), s.focus(), s.unknownNumbers(),
                    s.foreignTerm(), s.offTopic(), s.neighbours(), question.question()));
        }
        Files.writeString(signalsFile, tsv, StandardCharsets.UTF_8);
    }
}
