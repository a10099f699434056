package dev.careermentor.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * BM25 keyword search over the cards with Lucene, in memory. User text is never parsed as a
 * Lucene query: it is run through the analyzer and each resulting term becomes a plain term query,
 * so {@code C/C++}, quotes, {@code AND} or a stray {@code *} are just words.
 */
public final class KeywordIndex implements AutoCloseable {

    static final String ID = "id";
    /** The card's question and its phrasings: the ways the card is asked for. */
    static final String QUESTIONS = "questions";
    static final String BODY = "body";
    /** Unstemmed words, the dictionary for spelling suggestions. */
    static final String WORDS = "words";

    /** A question's first terms are enough; more only adds latency. */
    private static final int MAX_QUERY_TERMS = 48;

    private final Analyzer stemming = new EnglishAnalyzer();
    private final Analyzer plain = new StandardAnalyzer(org.apache.lucene.analysis.CharArraySet.EMPTY_SET);
    private final Directory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final DirectSpellChecker spellChecker = new DirectSpellChecker();

    /** A card with its BM25 score. */
    public record SparseHit(String cardId, double score) {
    }

    public KeywordIndex(List<Card> cards) {
        Analyzer perField = new PerFieldAnalyzerWrapper(stemming, java.util.Map.of(WORDS, plain));
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(perField))) {
            for (Card card : cards) {
                Document doc = new Document();
                doc.add(new StringField(ID, card.id(), Field.Store.YES));
                String questions = card.question() + "\n" + String.join("\n", card.phrasings());
                doc.add(new TextField(QUESTIONS, questions, Field.Store.NO));
                doc.add(new TextField(BODY, card.body(), Field.Store.NO));
                doc.add(new TextField(WORDS, questions + "\n" + card.body(), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
            reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the keyword index", e);
        }
        spellChecker.setMinQueryLength(4);
        spellChecker.setMaxEdits(2);
    }

    public List<SparseHit> search(List<String> terms, int maxResults) {
        if (terms.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : terms.subList(0, Math.min(terms.size(), MAX_QUERY_TERMS))) {
            query.add(termAcrossFields(term), BooleanClause.Occur.SHOULD);
        }
        try {
            List<SparseHit> hits = new ArrayList<>();
            for (ScoreDoc scoreDoc : searcher.search(query.build(), maxResults).scoreDocs) {
                hits.add(new SparseHit(searcher.storedFields().document(scoreDoc.doc).get(ID), scoreDoc.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("keyword search failed", e);
        }
    }

    private static Query termAcrossFields(String term) {
        return new DisjunctionMaxQuery(List.of(
                new TermQuery(new Term(BODY, term)),
                new BoostQuery(new TermQuery(new Term(QUESTIONS, term)), 1.5f)), 0.2f);
    }

    /** The distinct stemmed terms of the text, stop words removed, in order of appearance. */
    public List<String> stems(String text) {
        return analyze(stemming, BODY, text);
    }

    /** In how many cards the stem occurs (answer, question or phrasings). */
    public int cardFrequency(String stem) {
        try {
            return Math.max(reader.docFreq(new Term(BODY, stem)), reader.docFreq(new Term(QUESTIONS, stem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int cardCount() {
        return reader.numDocs();
    }

    /** Whether the (lower-case, unstemmed) word appears anywhere in the knowledge base. */
    public boolean containsWord(String word) {
        try {
            return reader.docFreq(new Term(WORDS, word)) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
