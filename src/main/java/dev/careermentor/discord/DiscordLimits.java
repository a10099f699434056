package dev.careermentor.discord;

/** Discord's message limits, and trimming that respects them. */
public final class DiscordLimits {

    public static final int CONTENT = 2_000;
    public static final int EMBED_TITLE = 256;
    public static final int EMBED_DESCRIPTION = 4_096;
    public static final int EMBED_FIELD_NAME = 256;
    public static final int EMBED_FIELD_VALUE = 1_024;
    public static final int EMBED_FOOTER = 2_048;
    public static final int EMBED_TOTAL = 6_000;
    public static final int THREAD_NAME = 100;
    public static final int CHOICE_NAME = 100;
    public static final int CHOICES = 25;
    public static final int BUTTON_LABEL = 80;
    public static final int CUSTOM_ID = 100;

    private DiscordLimits() {
    }

    /** Cuts at a word boundary and marks the cut with an ellipsis; never splits a surrogate pair. */
    public static String trim(String text, int max) {
        if (text == null || text.length() <= max) {
            return text == null ? "" : text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = max - 1;
        }
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut).stripTrailing() + "…";
    }
}
