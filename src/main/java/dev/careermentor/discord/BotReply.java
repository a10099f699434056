package dev.careermentor.discord;

import java.util.ArrayList;
import java.util.List;

/**
 * What the bot says, independent of JDA: text, embeds, buttons and attached files (pictures).
 * {@link JdaRender} turns it into a Discord message; features and their tests only deal with this.
 */
public record BotReply(String content, List<Embed> embeds, List<Button> buttons, boolean ephemeral, List<File> files) {

    public BotReply {
        content = content == null ? "" : content;
        embeds = List.copyOf(embeds);
        buttons = List.copyOf(buttons);
        files = List.copyOf(files);
    }

    public BotReply(String content, List<Embed> embeds, List<Button> buttons, boolean ephemeral) {
        this(content, embeds, buttons, ephemeral, List.of());
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
        return new BotReply(content, embeds, buttons, true, files);
    }

    public BotReply withButtons(List<Button> more) {
        List<Button> all = new ArrayList<>(buttons);
        all.addAll(more);
        return new BotReply(content, embeds, all, ephemeral, files);
    }

    /** The reply with a file attached; an embed shows it when its {@code image} names the file. */
    public BotReply withFile(File file) {
        List<File> all = new ArrayList<>(files);
        all.add(file);
        return new BotReply(content, embeds, buttons, ephemeral, all);
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

    /** @param image the name of an attached file to show in the embed, or null */
    public record Embed(String title, String description, List<Field> fields, String footer, int color, String image) {
        public Embed {
            title = title == null ? "" : title;
            description = description == null ? "" : description;
            fields = List.copyOf(fields);
            footer = footer == null ? "" : footer;
        }

        public Embed(String title, String description, List<Field> fields, String footer, int color) {
            this(title, description, fields, footer, color, null);
        }
    }

    /** A file sent with the message, e.g. a PNG; the bytes are Discord's to store. */
    public record File(String name, byte[] data) {
        public File {
            data = data.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }
    }

    public record Field(String name, String value) {
    }

    /** A button; {@code id} is the custom id the bot gets back when it is clicked. */
    public record Button(String id, String label, String emoji, Style style) {
    }

    public enum Style { PRIMARY, SECONDARY, SUCCESS, DANGER }
}
