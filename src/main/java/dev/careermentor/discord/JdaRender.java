package dev.careermentor.discord;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Turns {@link BotReply} and {@link ModalForm} into JDA messages and modals. Every message allows no
 * mentions at all: echoing a question must never ping @everyone, @here, a role or a member.
 */
public final class JdaRender {

    private static final int BUTTONS_PER_ROW = 5;
    private static final int ROWS = 5;

    private JdaRender() {
    }

    public static MessageCreateData create(BotReply reply) {
        MessageCreateBuilder builder = new MessageCreateBuilder()
                .setContent(DiscordLimits.trim(reply.content(), DiscordLimits.CONTENT))
                .setEmbeds(embeds(reply))
                .setAllowedMentions(List.of())
                .mentionRepliedUser(false);
        if (!reply.buttons().isEmpty()) {
            builder.setComponents(rows(reply));
        }
        if (!reply.files().isEmpty()) {
            builder.setFiles(files(reply));
        }
        return builder.build();
    }

    /** The attached files as multipart uploads. */
    static List<FileUpload> files(BotReply reply) {
        return reply.files().stream().map(file -> FileUpload.fromData(file.data(), file.name())).toList();
    }

    static MessageEditData edit(BotReply reply) {
        MessageEditBuilder builder = new MessageEditBuilder()
                .setContent(DiscordLimits.trim(reply.content(), DiscordLimits.CONTENT))
                .setEmbeds(embeds(reply))
                .setAllowedMentions(List.of())
                .mentionRepliedUser(false);
        builder.setComponents(reply.buttons().isEmpty() ? List.of() : rows(reply));
        if (!reply.files().isEmpty()) {
            builder.setFiles(files(reply));
        }
        return builder.build();
    }

    static Modal modal(ModalForm form) {
        Modal.Builder builder = Modal.create(form.id(), DiscordLimits.trim(form.title(), Modal.MAX_TITLE_LENGTH));
        for (ModalForm.Input input : form.inputs()) {
            TextInput.Builder text = TextInput.create(input.id(),
                            input.paragraph() ? TextInputStyle.PARAGRAPH : TextInputStyle.SHORT)
                    .setRequired(input.required())
                    .setRequiredRange(input.minLength(), input.maxLength());
            if (input.placeholder() != null && !input.placeholder().isBlank()) {
                text.setPlaceholder(DiscordLimits.trim(input.placeholder(), TextInput.MAX_PLACEHOLDER_LENGTH));
            }
            builder.addComponents(Label.of(DiscordLimits.trim(input.label(), Label.LABEL_MAX_LENGTH), text.build()));
        }
        return builder.build();
    }

    private static List<MessageEmbed> embeds(BotReply reply) {
        List<MessageEmbed> embeds = new ArrayList<>();
        for (BotReply.Embed embed : reply.embeds()) {
            EmbedBuilder builder = new EmbedBuilder()
                    .setColor(embed.color())
                    .setDescription(DiscordLimits.trim(embed.description(), DiscordLimits.EMBED_DESCRIPTION));
            if (!embed.title().isBlank()) {
                builder.setTitle(DiscordLimits.trim(embed.title(), DiscordLimits.EMBED_TITLE));
            }
            for (BotReply.Field field : embed.fields()) {
                builder.addField(DiscordLimits.trim(field.name(), DiscordLimits.EMBED_FIELD_NAME),
                        DiscordLimits.trim(field.value(), DiscordLimits.EMBED_FIELD_VALUE), false);
            }
            if (!embed.footer().isBlank()) {
                builder.setFooter(DiscordLimits.trim(embed.footer(), DiscordLimits.EMBED_FOOTER));
            }
            if (embed.image() != null) {
                builder.setImage("attachment://" + embed.image());
            }
            embeds.add(builder.build());
        }
        return embeds;
    }

    /**
     * Buttons in rows, one row per feature (👍 / 👎 on one, the related questions on the next), at most five
     * to a row and five rows, as Discord allows.
     */
    static List<ActionRow> rows(BotReply reply) {
        List<ActionRow> rows = new ArrayList<>();
        List<Button> row = new ArrayList<>();
        String rowFeature = null;
        for (BotReply.Button spec : reply.buttons()) {
            String feature = ComponentId.parse(spec.id()).map(ComponentId::feature).orElse("");
            if (!row.isEmpty() && (!feature.equals(rowFeature) || row.size() == BUTTONS_PER_ROW)) {
                rows.add(ActionRow.of(row));
                row = new ArrayList<>();
            }
            rowFeature = feature;
            row.add(button(spec));
        }
        if (!row.isEmpty()) {
            rows.add(ActionRow.of(row));
        }
        return rows.subList(0, Math.min(ROWS, rows.size()));
    }

    private static Button button(BotReply.Button spec) {
        Button button = switch (spec.style()) {
            case PRIMARY -> Button.primary(spec.id(), spec.label());
            case SECONDARY -> Button.secondary(spec.id(), spec.label());
            case SUCCESS -> Button.success(spec.id(), spec.label());
            case DANGER -> Button.danger(spec.id(), spec.label());
        };
        return spec.emoji() == null ? button : button.withEmoji(Emoji.fromUnicode(spec.emoji()));
    }
}
