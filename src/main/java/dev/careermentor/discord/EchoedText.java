package dev.careermentor.discord;

import java.util.regex.Pattern;

/**
 * Member text the bot shows again (the name of the thread it opens on a question), made safe to
 * show under the bot's name: control characters, bidirectional overrides and zero-width characters
 * are removed (a zero-width joiner inside an emoji is kept, or the emoji would fall apart), and
 * mentions, mass mentions and links are defused, so "@everyone FREE NITRO at http://…" does not
 * read as the bot's own announcement.
 */
public final class EchoedText {

    private static final int ZERO_WIDTH_JOINER = 0x200D;
    private static final int EMOJI_PRESENTATION = 0xFE0F;
    private static final Pattern MENTION = Pattern.compile("<@!?\\d+>");
    private static final Pattern ROLE = Pattern.compile("<@&\\d+>");
    private static final Pattern CHANNEL = Pattern.compile("<#\\d+>");
    private static final Pattern COMMAND = Pattern.compile("</([\\w -]+):\\d+>");
    private static final Pattern MASS_MENTION = Pattern.compile("@(everyone|here)\\b");
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.|discord\\.gg/)\\S*");
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private EchoedText() {
    }

    /**
     * The text without control, format (bidirectional, zero-width), private-use or unassigned
     * characters; line breaks and other spaces become single spaces.
     */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        int[] codePoints = text.codePoints().toArray();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < codePoints.length; i++) {
            int c = codePoints[i];
            if (c == ZERO_WIDTH_JOINER && i > 0 && i + 1 < codePoints.length && isEmojiPart(codePoints[i - 1])
                    && isEmojiPart(codePoints[i + 1])) {
                out.appendCodePoint(c); // 👩‍💻 is three code points held together by this joiner
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                out.append(' ');
            } else if (!isInvisible(c)) {
                out.appendCodePoint(c);
            }
        }
        return SPACES.matcher(out).replaceAll(" ").strip();
    }

    /** The name of a thread opened on a member's question: cleaned, defused, and within Discord's 100 characters. */
    public static String threadName(String question) {
        String name = clean(question);
        name = MENTION.matcher(name).replaceAll("@member");
        name = ROLE.matcher(name).replaceAll("@role");
        name = CHANNEL.matcher(name).replaceAll("#channel");
        name = COMMAND.matcher(name).replaceAll("/$1");
        name = MASS_MENTION.matcher(name).replaceAll("$1");
        name = LINK.matcher(name).replaceAll("(link)");
        name = SPACES.matcher(name).replaceAll(" ").strip();
        return name.isEmpty() ? "Question" : DiscordLimits.trim(name, DiscordLimits.THREAD_NAME);
    }

    private static boolean isInvisible(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.UNASSIGNED, Character.SURROGATE,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        };
    }

    private static boolean isEmojiPart(int c) {
        int type = Character.getType(c);
        return type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL || c == EMOJI_PRESENTATION;
    }
}
