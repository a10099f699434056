package dev.careermentor.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.careermentor.App;
import dev.careermentor.answer.Answer;
import dev.careermentor.answer.ConfidenceModel;
import dev.careermentor.answer.Mentor;
import dev.careermentor.answer.Signals;
import dev.careermentor.answer.Source;
import dev.careermentor.eval.Conversation;
import dev.careermentor.eval.Conversations;
import dev.careermentor.eval.Evaluation;
import dev.careermentor.knowledge.LabelledQuestion;
import dev.careermentor.knowledge.LabelledQuestions;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "eval", description = {"Score the mentor on a labelled question set: in-domain recall, top-1 card,",
        "refusal of what the knowledge base does not answer, citations and the answer-shape lint."})
public final class EvalCommand implements Callable<Integer> {

    @Mixin
    AppOptions options;

    @Option(names = "--set", paramLabel = "SET", defaultValue = "dev",
            description = "The project's set to score: train, dev (default) or test (once per release, never to tune).")
    String set;

    @Option(names = "--questions", paramLabel = "FILE", description = "Score this question set instead.")
    Path questionsFile;

    @Option(names = {"-v", "--verbose"}, description = "Print every failing question with its answer.")
    boolean verbose;

    @Option(names = "--calibrate", description = {"Fit the confidence model on the train set (leaving each question",
            "out of its own comparison), choose the threshold on the dev set, and print it."})
    boolean calibrate;

    @Option(names = "--write", paramLabel = "FILE", description = "With --calibrate: write the fitted model to FILE.")
    Path writeTo;

    @Option(names = "--confidence-model", paramLabel = "FILE",
            description = "Use this confidence model (from --calibrate --write) instead of the shipped one.")
    Path confidenceModel;

    @Option(names = "--in-conversation", description = {"Ask every question as a follow-up in a conversation that",
            "began with an unrelated in-domain question."})
    boolean inConversation;

    @Option(names = "--conversations", arity = "0..1", paramLabel = "FILE", fallbackValue = "",
            description = "Score the conversation set (questions/conversations.jsonl, or FILE): the last turn of each.")
    String conversations;

    @Option(names = "--answers", paramLabel = "FILE", description = {"Write every question and reply as JSON lines (for judging);",
            "with --conversations, every conversation and its last reply."})
    Path answersFile;

    @Option(names = "--signals", paramLabel = "FILE", description = "Write every question's signals as TSV (analysis).")
    Path signalsFile;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        App app = App.start(options.config().withoutLlm());
        Mentor mentor = app.mentor();
        if (confidenceModel != null) {
            mentor = mentor.withConfidenceModel(ConfidenceModel.load(confidenceModel));
        }
        if (calibrate) {
            mentor = mentor.withConfidenceModel(calibrated(mentor, out));
        }
        if (conversations != null) {
            return conversations(mentor, out);
        }
        List<LabelledQuestion> questions = questions();
        if (signalsFile != null) {
            writeSignals(mentor, questions);
        }
        Evaluation.Report report = inConversation ? Evaluation.runInConversation(mentor, questions)
                : Evaluation.run(mentor, questions);
        print(report, mentor, out);
        if (answersFile != null) {
            writeAnswers(report);
        }
        return 0;
    }

    private List<LabelledQuestion> questions() {
        if (questionsFile != null) {
            return LabelledQuestions.file(questionsFile);
        }
        return LabelledQuestions.resource(switch (set) {
            case "train" -> LabelledQuestions.TRAIN;
            case "dev" -> LabelledQuestions.DEV;
            case "test" -> LabelledQuestions.TEST;
            default -> throw new IllegalArgumentException("--set is train, dev or test, not " + set);
        });
    }

    private void print(Evaluation.Report report, Mentor mentor, PrintStream out) {
        Map<String, Integer> kinds = new TreeMap<>();
        report.outcomes().forEach(o -> kinds.merge(o.question().kind(), 1, Integer::sum));
        out.printf(Locale.ROOT, "questions: %d %s (model %s, threshold %.3f)%n", report.outcomes().size(), kinds,
                mentor.knowledge().modelId(), mentor.threshold());
        out.printf(Locale.ROOT, "in-domain recall:       %.3f%n", report.recall());
        out.printf(Locale.ROOT, "top-1 card:             %.3f%n", report.topCard());
        out.printf(Locale.ROOT, "refusal (not answered): %.3f  (near misses %.3f)%n", report.refusal(),
                report.nearMissRefusal());
        out.printf(Locale.ROOT, "citation rate:          %.3f%n", report.citation());
        out.printf(Locale.ROOT, "shape lint passed:      %.3f%n", report.shape());
        out.printf(Locale.ROOT, "median reply:           %d characters%n", report.medianChars());
        out.printf(Locale.ROOT, "answered in part:       %d (a judgement the knowledge base does not make)%n",
                report.partial());
        if (verbose) {
            for (Evaluation.Outcome failure : report.failures()) {
                Answer answer = failure.answer();
                out.printf(Locale.ROOT, "%nFAIL %s [%s] %s%n  expected=%s refused=%s p=%.3f reason=%s cited=%s%n",
                        failure.question().id(), failure.question().kind(), failure.question().question(),
                        failure.question().cards(), answer.refused(), answer.confidence(), answer.reason(),
                        answer.sources().stream().map(Source::cardId).toList());
            }
            report.outcomes().stream().filter(o -> !o.shapeProblems().isEmpty())
                    .forEach(o -> out.printf("%nSHAPE %s %s%n", o.question().id(), o.shapeProblems()));
        }
    }

    private Integer conversations(Mentor mentor, PrintStream out) throws IOException {
        List<Conversation> set;
        if (conversations.isEmpty()) {
            set = Conversations.resource();
        } else {
            try (InputStream in = Files.newInputStream(Path.of(conversations))) {
                set = Conversations.load(in);
            }
        }
        List<Conversations.Outcome> outcomes = Conversations.run(mentor, set);
        Map<String, int[]> byKind = new TreeMap<>();
        for (Conversations.Outcome outcome : outcomes) {
            int[] counts = byKind.computeIfAbsent(outcome.conversation().kind(), k -> new int[2]);
            counts[0] += outcome.passed() ? 1 : 0;
            counts[1]++;
        }
        long passed = outcomes.stream().filter(Conversations.Outcome::passed).count();
        out.printf(Locale.ROOT, "conversations: %d, last turn right: %.3f%n", outcomes.size(),
                outcomes.isEmpty() ? 1.0 : (double) passed / outcomes.size());
        byKind.forEach((kind, counts) -> out.printf(Locale.ROOT, "  %-14s %d/%d%n", kind, counts[0], counts[1]));
        if (verbose) {
            outcomes.stream().filter(o -> !o.passed()).forEach(o -> out.printf("%nFAIL %s [%s] %s%n  expected=%s got=%s%n",
                    o.conversation().id(), o.conversation().kind(), o.conversation().turns(), o.conversation().cards(),
                    o.answer().refused() ? "refused" : o.answer().sources().stream().map(Source::cardId).toList()));
        }
        if (answersFile != null) {
            Files.writeString(answersFile, lastReplies(outcomes), StandardCharsets.UTF_8);
        }
        return 0;
    }

    /** Every conversation's turns and its last reply, as JSON lines (for judging replies in context). */
    static String lastReplies(List<Conversations.Outcome> outcomes) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (Conversations.Outcome outcome : outcomes) {
            ObjectNode line = AnswerJson.MAPPER.createObjectNode();
            line.put("id", outcome.conversation().id());
            ArrayNode turns = line.putArray("turns");
            outcome.conversation().turns().forEach(turns::add);
            line.setAll(AnswerJson.of(outcome.answer(), 0));
            lines.append(AnswerJson.MAPPER.writeValueAsString(line)).append('\n');
        }
        return lines.toString();
    }

    /**
     * Fits the logistic model on the train set, each question judged with its own labelled copy left out (so it
     * looks like a new question; questions refused by rule are left out), and chooses the threshold on the dev
     * set, answered by the whole mentor (rules included): the one that maximises the worse of in-domain recall and
     * refusal, then their sum; among equals, the middle one.
     */
    private ConfidenceModel calibrated(Mentor mentor, PrintStream out) throws IOException {
        List<ConfidenceModel.Example> train = examples(mentor, LabelledQuestions.resource(LabelledQuestions.TRAIN), true);
        ConfidenceModel fitted = ConfidenceModel.fit(train, 0.5);
        List<LabelledQuestion> dev = LabelledQuestions.resource(LabelledQuestions.DEV);
        double bestWorse = -1;
        double bestSum = -1;
        List<Double> best = new ArrayList<>();
        for (int step = 50; step <= 95; step++) {
            Evaluation.Report report = Evaluation.run(mentor.withConfidenceModel(fitted.withThreshold(step / 100.0)), dev);
            double worse = Math.min(report.recall(), report.refusal());
            double sum = report.recall() + report.refusal();
            if (worse > bestWorse + 1e-9 || Math.abs(worse - bestWorse) < 1e-9 && sum > bestSum + 1e-9) {
                bestWorse = worse;
                bestSum = sum;
                best.clear();
            }
            if (Math.abs(worse - bestWorse) < 1e-9 && Math.abs(sum - bestSum) < 1e-9) {
                best.add(step / 100.0);
            }
        }
        double threshold = best.get(best.size() / 2);
        ConfidenceModel model = fitted.withThreshold(threshold);
        out.printf(Locale.ROOT, "fitted on %d train questions; threshold %.2f chosen on %d dev questions (worse of recall "
                + "and refusal %.3f)%n", train.size(), threshold, dev.size(), bestWorse);
        out.println(model.toProperties());
        if (writeTo != null) {
            Files.writeString(writeTo, model.toProperties(), StandardCharsets.UTF_8);
            out.println("written to " + writeTo);
        }
        return model;
    }

    private static List<ConfidenceModel.Example> examples(Mentor mentor, List<LabelledQuestion> questions,
            boolean leaveOutSelf) {
        Mentor permissive = mentor.withConfidenceModel(mentor.confidenceModel().withThreshold(0));
        List<ConfidenceModel.Example> examples = new ArrayList<>();
        for (LabelledQuestion question : questions) {
            Answer answer = permissive.ask(question.question());
            if (answer.refused() && answer.reason() != Answer.Refusal.NOT_COVERED || answer.confidence() == 0) {
                continue; // refused by rule: the model has no say
            }
            examples.add(new ConfidenceModel.Example(mentor.explain(question.question(), leaveOutSelf).signals(),
                    question.answerable()));
        }
        return examples;
    }

    private void writeSignals(Mentor mentor, List<LabelledQuestion> questions) throws IOException {
        StringBuilder tsv = new StringBuilder("id\tkind\ttop\tlabels\t" + String.join("\t", Signals.NAMES) + "\tquestion\n");
        for (LabelledQuestion question : questions) {
            // training questions are judged as if new: their own labelled copy is left out
            Mentor.Explanation explanation = mentor.explain(question.question(), "train".equals(set) && questionsFile == null);
            double[] values = explanation.signals().asVector();
            StringBuilder row = new StringBuilder(question.id()).append('\t').append(question.kind()).append('\t')
                    .append(explanation.retrieval().isEmpty() ? "-" : explanation.retrieval().top().card().id())
                    .append('\t').append(String.join(",", question.cards()));
            for (double value : values) {
                row.append('\t').append(String.format(Locale.ROOT, "%.4f", value));
            }
            tsv.append(row).append('\t').append(question.question().replaceAll("\\s+", " ")).append('\n');
        }
        Files.writeString(signalsFile, tsv, StandardCharsets.UTF_8);
    }

    private void writeAnswers(Evaluation.Report report) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (Evaluation.Outcome outcome : report.outcomes()) {
            ObjectNode node = AnswerJson.of(outcome.answer(), outcome.millis());
            ObjectNode line = AnswerJson.MAPPER.createObjectNode();
            line.put("id", outcome.question().id());
            line.put("question", outcome.question().question());
            line.setAll(node);
            lines.append(AnswerJson.MAPPER.writeValueAsString(line)).append('\n');
        }
        Files.writeString(answersFile, lines, StandardCharsets.UTF_8);
    }
}
