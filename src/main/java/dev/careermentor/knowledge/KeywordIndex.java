package dev.careermentor.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * The words of the cards in an in-memory Lucene index: the engine's one analyzer (English stemming)
 * for questions and cards alike, how many cards use each stem, and the dictionary for spelling
 * suggestions (Lucene's {@code DirectSpellChecker}). User text only ever goes through the analyzer,
 * never a query parser, so {@code C/C++}, quotes, {@code AND} or a stray {@code *} are just words.
 */
public final class KeywordIndex implements AutoCloseable {

    /** The card's question and its phrasings: the ways the card is asked for. */
    static final String QUESTIONS = "questions";
    static final String BODY = "body";
    /** Unstemmed words, the dictionary for spelling suggestions. */
    static final String WORDS = "words";

    private final Analyzer stemming = new EnglishAnalyzer();
    private final Analyzer plain = new StandardAnalyzer(org.apache.lucene.analysis.CharArraySet.EMPTY_SET);
    private final Directory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final DirectSpellChecker spellChecker = new DirectSpellChecker();
    /** In how many cards each stem occurs, read once from the index: asked for every word of every question. */
    private final java.util.Map<String, Integer> cardFrequencies = new java.util.HashMap<>();
    /** Every unstemmed word of the cards' own text (questions and answers, not phrasings). */
    private final Set<String> words = new java.util.HashSet<>();
    /** The stems of those words: "indent" is no typo when a card says "indentation". */
    private final Set<String> wordStems = new java.util.HashSet<>();
    /** Questions repeat their words; analysing each once saves a token stream per word. */
    private final com.github.benmanes.caffeine.cache.Cache<String, List<String>> stemsByText =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(20_000).build();

    public KeywordIndex(List<Card> cards) {
        Analyzer perField = new PerFieldAnalyzerWrapper(stemming, java.util.Map.of(WORDS, plain));
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(perField))) {
            for (Card card : cards) {
                Document doc = new Document();
                String questions = card.question() + "\n" + String.join("\n", card.phrasings());
                doc.add(new TextField(QUESTIONS, questions, Field.Store.NO));
                doc.add(new TextField(BODY, card.body(), Field.Store.NO));
                // phrasings keep members' typos ("pyhton"): the spelling dictionary is the card's own text only
                doc.add(new TextField(WORDS, card.question() + "\n" + card.body(), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
            writer.commit();
            reader = DirectoryReader.open(directory);
            for (String field : List.of(BODY, QUESTIONS)) {
                forEachTerm(field, (term, docFreq) -> cardFrequencies.merge(term, docFreq, Math::max));
            }
            forEachTerm(WORDS, (term, docFreq) -> words.add(term));
            words.forEach(word -> wordStems.addAll(analyze(stemming, BODY, word)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the keyword index", e);
        }
        spellChecker.setMinQueryLength(4);
        spellChecker.setMaxEdits(1); // a transposition ("pyhton") counts as one; two edits cost a far larger automaton
    }

    void clearStems() {
        stemsByText.invalidateAll();
    }

    /** The distinct stemmed terms of the text, stop words removed, in order of appearance. */
    public List<String> stems(String text) {
        return stemsByText.get(text, t -> analyze(stemming, BODY, t));
    }

    /** In how many cards the stem occurs (answer, question or phrasings). */
    public int cardFrequency(String stem) {
        return cardFrequencies.getOrDefault(stem, 0);
    }

    private void forEachTerm(String field, java.util.function.ObjIntConsumer<String> action) throws IOException {
        org.apache.lucene.index.Terms terms = org.apache.lucene.index.MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return;
        }
        org.apache.lucene.index.TermsEnum each = terms.iterator();
        for (org.apache.lucene.util.BytesRef term = each.next(); term != null; term = each.next()) {
            action.accept(term.utf8ToString(), each.docFreq());
        }
    }

    public int cardCount() {
        return reader.numDocs();
    }

    /** Whether the (lower-case, unstemmed) word appears anywhere in the knowledge base. */
    public boolean containsWord(String word) {
        return words.contains(word);
    }

    /** Whether a stem is one of a word of the cards' own text (members' typos in phrasings are not). */
    public boolean containsStem(String stem) {
        return wordStems.contains(stem);
    }

    /** The closest knowledge-base word within two edits, or {@code null}. */
    public String closestWord(String word, float minAccuracy) {
        try {
            SuggestWord[] suggestions = spellChecker.suggestSimilar(new Term(WORDS, word), 1, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX, minAccuracy);
            return suggestions.length == 0 ? null : suggestions[0].string;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> analyze(Analyzer analyzer, String field, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(terms);
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
