package dev.careermentor.answer;

import dev.careermentor.knowledge.Chunk;
import dev.careermentor.knowledge.Hit;
import dev.careermentor.knowledge.KeywordIndex;
import dev.careermentor.knowledge.Retrieval;
import dev.careermentor.knowledge.SemanticIndex;
import dev.careermentor.knowledge.TextUnit;
import dev.careermentor.knowledge.Units;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The offline answerer: quotes the knowledge base, never adds to it. The best section leads; when
 * it fits, it is quoted whole (its sentences belong together), otherwise its sentences that match
 * the question best, in their original order. Closely matching neighbours add their best sentence.
 */
public final class ExtractiveComposer {

    public static final int MAX_CHARS = 900;

    /** Words that ask to see code, which is otherwise left out of a partial quote. */
    private static final Pattern WANTS_CODE = Pattern.compile(
            "\\b(code|program|script|snippet|function|example|implement\\w*|write|calculat\\w*|approximat\\w*)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A neighbouring section contributes only if it is nearly as relevant as the best one. */
    private static final double SUPPORT_SCORE_GAP = 0.30;
    private static final int MAX_SUPPORTING = 3;
    private static final int MIN_USEFUL_CHARS = 60;
    /** A short sentence torn from a neighbouring section reads as noise ("Python 2.0 followed in 2000.") unless it
     *  shares a distinctive word with the question. */
    private static final int MIN_EXTRA_CHARS = 120;

    private final KeywordIndex keywords;

    /** @param keywords how text is analysed into stems, and how common each stem is in the knowledge base */
    public ExtractiveComposer(KeywordIndex keywords) {
        this.keywords = keywords;
    }

    /** A quoted section: which chunk and which of its units, in order. */
    public record Quote(Chunk chunk, List<TextUnit> units) {
    }

    public record Composition(String text, List<Quote> quotes) {
        public List<Source> sources() {
            return quotes.stream().map(q -> Source.of(q.chunk())).distinct().toList();
        }
    }

    public Composition compose(String question, Retrieval retrieval, SemanticIndex index) {
        Set<String> questionStems = Set.copyOf(keywords.stems(question));
        boolean wantsCode = WANTS_CODE.matcher(question).find();
        List<Quote> quotes = new ArrayList<>();
        int budget = MAX_CHARS;

        List<Hit> ranked = new ArrayList<>(supporting(retrieval));
        ranked.add(0, retrieval.top());
        if (wantsCode) { // someone asking for code is best served by the section that has it
            ranked.stream().filter(h -> h.chunk().units().stream().anyMatch(ExtractiveComposer::isCode)).findFirst()
                    .ifPresent(withCode -> {
                        ranked.remove(withCode);
                        ranked.add(0, withCode);
                    });
        }
        Quote lead = quoteSection(ranked.get(0).chunk(), retrieval.queryVector(), questionStems, wantsCode, index, budget);
        quotes.add(lead);
        budget -= length(lead) + 2;

        for (Hit hit : ranked.subList(1, ranked.size())) {
            if (budget < MIN_USEFUL_CHARS) {
                break;
            }
            Quote extra = quoteSection(hit.chunk(), retrieval.queryVector(), questionStems, wantsCode, index, budget);
            boolean fragment = extra.units().size() < hit.chunk().units().size() && length(extra) < MIN_EXTRA_CHARS
                    && !sharesDistinctiveWord(extra, questionStems);
            if (!extra.units().isEmpty() && !extra.units().get(0).text().endsWith("…") && !fragment) {
                quotes.add(extra);
                budget -= length(extra) + 2;
            }
        }
        String text = String.join("\n\n", quotes.stream().map(q -> Units.render(q.units())).toList());
        return new Composition(text, quotes);
    }

    /** Sections nearly as relevant as the best one; they often hold the rest of the answer. */
    private static List<Hit> supporting(Retrieval retrieval) {
        double best = retrieval.top().score();
        return retrieval.hits().stream()
                .skip(1)
                .filter(hit -> hit.score() >= best - SUPPORT_SCORE_GAP)
                .limit(MAX_SUPPORTING)
                .toList();
    }

    private Quote quoteSection(Chunk chunk, float[] query, Set<String> questionStems, boolean wantsCode,
            SemanticIndex index, int budget) {
        List<TextUnit> units = chunk.units();
        if (Units.render(units).length() <= budget && (wantsCode || units.stream().noneMatch(ExtractiveComposer::isCode))
                || Units.render(units).length() <= budget * 2 / 3) {
            return new Quote(chunk, units);
        }
        double[] scores = scores(chunk, query, questionStems, index);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -scores[i]));
        TreeSet<Integer> chosen = new TreeSet<>();
        for (int i : order) {
            TextUnit unit = units.get(i);
            if (isCode(unit) && !wantsCode) {
                continue;
            }
            TreeSet<Integer> candidate = new TreeSet<>(chosen);
            candidate.add(i);
            if (Units.render(pick(units, candidate)).length() <= budget) {
                chosen = candidate;
            }
        }
        if (chosen.isEmpty()) {
            // Even the best unit is longer than the budget: quote its beginning.
            TextUnit first = units.get(order.get(0));
            return new Quote(chunk, List.of(new TextUnit(first.kind(), first.block(), trim(first.text(), budget))));
        }
        TreeSet<Integer> quoted = chosen;
        quoted.removeIf(i -> introducesNext(units.get(i)) && !quoted.contains(i + 1));
        return new Quote(chunk, pick(units, quoted));
    }

    /** Whether the quote repeats a word of the question that few sections use (not "python", say). */
    private boolean sharesDistinctiveWord(Quote quote, Set<String> questionStems) {
        int common = Math.max(2, keywords.chunkCount() / 3);
        return keywords.stems(Units.render(quote.units())).stream()
                .anyMatch(stem -> questionStems.contains(stem) && keywords.chunkFrequency(stem) < common);
    }

    /** "The code is short:" only makes sense followed by what it introduces. */
    private static boolean introducesNext(TextUnit unit) {
        return unit.kind() != TextUnit.Kind.CODE && unit.text().strip().endsWith(":");
    }

    /** Semantic similarity of each unit to the question, plus a bonus for sharing its words. */
    private double[] scores(Chunk chunk, float[] query, Set<String> questionStems, SemanticIndex index) {
        double[] similarity = index.unitSimilarities(chunk.id(), query);
        double[] scores = new double[similarity.length];
        for (int i = 0; i < scores.length; i++) {
            List<String> unitStems = keywords.stems(chunk.units().get(i).text());
            long shared = unitStems.stream().filter(questionStems::contains).count();
            double overlap = questionStems.isEmpty() ? 0 : (double) shared / questionStems.size();
            scores[i] = similarity[i] + 0.3 * overlap;
        }
        return scores;
    }

    private static List<TextUnit> pick(List<TextUnit> units, Set<Integer> indexes) {
        return indexes.stream().map(units::get).toList();
    }

    private static boolean isCode(TextUnit unit) {
        return unit.kind() == TextUnit.Kind.CODE;
    }

    private static int length(Quote quote) {
        return Units.render(quote.units()).length();
    }

    private static String trim(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1).strip() + "…";
    }
}
