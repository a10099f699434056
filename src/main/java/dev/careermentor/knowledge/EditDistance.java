package dev.careermentor.knowledge;

/** Optimal-string-alignment distance: Levenshtein plus adjacent transpositions ("pyhton" is one edit from "python"). */
public final class EditDistance {

    private EditDistance() {
    }

    /** The distance, or {@code limit + 1} as soon as it is certain to exceed {@code limit}. */
    public static int between(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        // the spelling check asks "one edit or not?" of a thousand words per typo: answered without a table
        return limit <= 1 ? Math.min(atMostOne(a, b), limit + 1) : table(a, b, limit);
    }

    /** 0 when equal, 1 when one insertion, deletion, substitution or adjacent swap apart, else 2. */
    static int atMostOne(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        int i = 0;
        while (i < shorter && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == shorter) {
            return Math.min(Math.abs(a.length() - b.length()), 2); // one is the other plus a tail
        }
        if (a.length() > b.length()) {
            return a.length() - b.length() == 1 && a.regionMatches(i + 1, b, i, b.length() - i) ? 1 : 2;
        }
        if (b.length() > a.length()) {
            return b.length() - a.length() == 1 && b.regionMatches(i + 1, a, i, a.length() - i) ? 1 : 2;
        }
        boolean substituted = a.regionMatches(i + 1, b, i + 1, a.length() - i - 1);
        boolean swapped = i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.regionMatches(i + 2, b, i + 2, a.length() - i - 2);
        return substituted || swapped ? 1 : 2;
    }

    /** The dynamic-programming table, kept to three rows (a swap looks two rows back). */
    private static int table(String a, String b, int limit) {
        int[] twoBack = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, twoBack[j - 2] + 1);
                }
                current[j] = value;
                rowMin = Math.min(rowMin, value);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] recycled = twoBack;
            twoBack = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.length()];
    }
}
