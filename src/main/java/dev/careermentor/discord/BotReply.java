package dev.careermentor.discord;

import java.util.ArrayList;
import java.util.List;

/**
 * What the bot says, independent of JDA: text, embeds and buttons. {@link JdaRender} turns it into
 * a Discord message; features and their tests only deal with this.
 */
public record BotReply(String content, List<Embed> embeds, List<Button> buttons, boolean ephemeral) {

    public BotReply {
        content = content == null ? "" : content;
        embeds = List.copyOf(embeds);
        buttons = List.copyOf(buttons);
    }

    public static BotReply text(String content) {
        return new BotReply(content, List.of(), List.of(), false);
    }

    public static BotReply ephemeral(String content) {
        return new BotReply(content, List.of(), List.of(), true);
    }

    public static BotReply embed(Embed embed) {
        return new BotReply("", List.of(embed), List.of(), false);
    }

    public BotReply asEphemeral() {
        return new BotReply(content, embeds, buttons, true);
    }

    public BotReply withButtons(List<Button> more) {
        List<Button> all = new ArrayList<>(buttons);
        all.addAll(more);
        return new BotReply(content, embeds, all, ephemeral);
    }

    /** Everything a reader sees, for tests and logs. */
    public String allText() {
        StringBuilder sb = new StringBuilder(content);
        for (Embed embed : embeds) {
            sb.append('\n').append(embed.title()).append('\n').append(embed.description());
            embed.fields().forEach(f -> sb.append('\n').append(f.name()).append('\n').append(f.value()));
            sb.append('\n').append(embed.footer());
        }
        return sb.toString();
    }

    public record Embed(String title, String description, List<Field> fields, String footer, int color) {
        public Embed {
            title = title == null ? "" : title;
            description = description == null ? "" : description;
            fields = List.copyOf(fields);
            footer = footer == null ? "" : footer;
        }
    }

    public record Field(String name, String value) {
    }

    /** A button; {@code id} is the custom id the bot gets back when it is clicked. */
    public record Button(String id, String label, String emoji, Style style) {
    }

    public enum Style { PRIMARY, SECONDARY, SUCCESS, DANGER }
}
