package dev.careermentor.discord;

import java.util.Locale;

/** Counts as members read them: "1 day", "3 days", "1,000 characters". */
public final class Counts {

    private Counts() {
    }

    /** "1 comment", "2 comments", "1,200 questions": regular plurals. */
    public static String of(long count, String singular) {
        return of(count, singular, singular + "s");
    }

    /** For words whose plural is not an added "s": {@code of(2, "challenge was", "challenges were")}. */
    public static String of(long count, String singular, String plural) {
        return number(count) + " " + (count == 1 ? singular : plural);
    }

    /** A whole number with thousands separators; a fraction as it is. */
    public static String number(Number number) {
        double value = number.doubleValue();
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.format(Locale.ROOT, "%,d", (long) value) : String.format(Locale.ROOT, "%s", number);
    }
}
