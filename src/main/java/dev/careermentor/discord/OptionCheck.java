package dev.careermentor.discord;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * Checks a slash command's options on the bot's side against what the command declares: choices,
 * lengths (in characters as members count them, code points: an emoji is one), ranges and channel
 * types. Discord's client enforces them, but a forged interaction need not (one with
 * {@code mode: maybe} must not turn reminders on). A value out of range is refused with a message
 * that says what is allowed, never clamped.
 */
final class OptionCheck {

    /** An option as it arrived; {@code channelType} only for channel options. */
    record Given(String name, OptionType type, String value, ChannelType channelType) {
    }

    private OptionCheck() {
    }

    /** What is wrong with the options of this (sub)command, if anything, as a sentence for the member. */
    static Optional<String> problem(SlashCommandData command, String group, String subcommand, List<Given> given) {
        Optional<List<OptionData>> declared = declared(command, group, subcommand);
        if (declared.isEmpty()) {
            return Optional.of("I don't know that command any more; Discord may still be updating its list.");
        }
        return problem(declared.get(), given);
    }

    static Optional<String> problem(List<OptionData> declared, List<Given> given) {
        for (Given option : given) {
            Optional<OptionData> rule = declared.stream().filter(d -> d.getName().equals(option.name())).findFirst();
            if (rule.isEmpty()) {
                return Optional.of("I don't know the option `" + shown(option.name()) + "`.");
            }
            Optional<String> problem = problem(rule.get(), option);
            if (problem.isPresent()) {
                return problem;
            }
        }
        for (OptionData rule : declared) {
            if (rule.isRequired() && given.stream().noneMatch(g -> g.name().equals(rule.getName()))) {
                return Optional.of("Please fill in `" + rule.getName() + "`.");
            }
        }
        return Optional.empty();
    }

    /** "a, b or c". */
    private static String either(java.util.List<String> names) {
        return names.size() < 2 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    private static Optional<String> problem(OptionData rule, Given option) {
        String name = "`" + rule.getName() + "`";
        if (option.type() != rule.getType()) {
            return Optional.of(name + " must be " + kind(rule.getType()) + ".");
        }
        if (!rule.getChoices().isEmpty()) {
            boolean chosen = rule.getChoices().stream().anyMatch(choice -> choice.getAsString().equals(option.value()));
            return chosen ? Optional.empty() : Optional.of("`" + shown(option.value()) + "` is not a choice for " + name
                    + ": use " + either(rule.getChoices().stream().map(Command.Choice::getName).toList()) + ".");
        }
        return switch (rule.getType()) {
            case STRING -> length(rule, name, option.value());
            case INTEGER, NUMBER -> range(rule, name, option.value());
            case CHANNEL -> rule.getChannelTypes().isEmpty() || rule.getChannelTypes().contains(option.channelType())
                    ? Optional.empty()
                    : Optional.of(name + " must be " + rule.getChannelTypes().stream()
                            .map(t -> "a " + t.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " channel")
                            .collect(Collectors.joining(" or ")) + ".");
            default -> Optional.empty();
        };
    }

    private static Optional<String> length(OptionData rule, String name, String value) {
        int length = value.codePointCount(0, value.length());
        Integer max = rule.getMaxLength();
        Integer min = rule.getMinLength();
        if (max != null && length > max) {
            return Optional.of(String.format(Locale.ROOT, "Your %s is %,d characters long; please keep it under %,d.",
                    name, length, max));
        }
        if (min != null && length < min) {
            return Optional.of(String.format(Locale.ROOT, "Your %s needs at least %s.", name,
                    Counts.of(min, "character")));
        }
        return Optional.empty();
    }

    private static Optional<String> range(OptionData rule, String name, String value) {
        double number;
        try {
            number = rule.getType() == OptionType.INTEGER ? Long.parseLong(value) : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return Optional.of(name + " must be " + kind(rule.getType()) + ".");
        }
        Number min = rule.getMinValue();
        Number max = rule.getMaxValue();
        boolean tooLow = min != null && number < min.doubleValue();
        boolean tooHigh = max != null && number > max.doubleValue();
        if (!tooLow && !tooHigh) {
            return Optional.empty();
        }
        String allowed = min != null && max != null ? "between " + Counts.number(min) + " and " + Counts.number(max)
                : min != null ? "at least " + Counts.number(min) : "at most " + Counts.number(max);
        return Optional.of(name + " must be " + allowed + ", not " + shown(value) + ".");
    }

    private static Optional<List<OptionData>> declared(SlashCommandData command, String group, String subcommand) {
        if (subcommand == null) {
            return command.getSubcommands().isEmpty() && command.getSubcommandGroups().isEmpty()
                    ? Optional.of(command.getOptions()) : Optional.empty();
        }
        List<SubcommandData> subcommands = group == null ? command.getSubcommands()
                : command.getSubcommandGroups().stream().filter(g -> g.getName().equals(group))
                        .flatMap(g -> g.getSubcommands().stream()).toList();
        return subcommands.stream().filter(s -> s.getName().equals(subcommand)).findFirst()
                .map(SubcommandData::getOptions);
    }

    private static String kind(OptionType type) {
        return switch (type) {
            case INTEGER -> "a whole number";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case CHANNEL -> "a channel";
            case ROLE -> "a role";
            case USER -> "a member";
            case MENTIONABLE -> "a member or a role";
            case ATTACHMENT -> "a file";
            default -> "text";
        };
    }

    /** A forged value shown back to the member who sent it: cleaned, and short. */
    private static String shown(String value) {
        return DiscordLimits.trim(EchoedText.clean(value).replace("`", "'"), 50);
    }
}
