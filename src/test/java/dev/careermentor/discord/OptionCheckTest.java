package dev.careermentor.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.junit.jupiter.api.Test;

/** Options are checked against their declaration, whatever Discord's client let through. */
class OptionCheckTest {

    private static final SlashCommandData REMIND = Commands.slash("challenge", "Daily practice").addSubcommands(
            new SubcommandData("remind", "A reminder").addOptions(
                    new OptionData(OptionType.STRING, "mode", "on or off", true).addChoice("on", "on").addChoice("off", "off"),
                    new OptionData(OptionType.STRING, "time", "HH:MM", false).setMaxLength(5),
                    new OptionData(OptionType.CHANNEL, "channel", "Where", false).setChannelTypes(ChannelType.TEXT)),
            new SubcommandData("today", "Today's challenge"));
    private static final SlashCommandData STATS = Commands.slash("stats", "Stats").addOptions(
            new OptionData(OptionType.INTEGER, "days", "How many days", false).setRequiredRange(1, 3650));
    private static final SlashCommandData ASK = Commands.slash("ask", "Ask").addOptions(
            new OptionData(OptionType.STRING, "question", "Your question", true).setMaxLength(1000));

    private static OptionCheck.Given text(String name, String value) {
        return new OptionCheck.Given(name, OptionType.STRING, value, null);
    }

    private static OptionCheck.Given number(String name, String value) {
        return new OptionCheck.Given(name, OptionType.INTEGER, value, null);
    }

    @Test
    void declaredChoicesAreTheOnlyValuesAccepted() {
        assertThat(OptionCheck.problem(REMIND, null, "remind", List.of(text("mode", "on")))).isEmpty();
        assertThat(OptionCheck.problem(REMIND, null, "remind", List.of(text("mode", "maybe"))))
                .contains("`maybe` is not a choice for `mode`: use on or off.");
    }

    @Test
    void numbersOutOfRangeAreRefusedWithTheRangeNotClamped() {
        assertThat(OptionCheck.problem(STATS, null, null, List.of(number("days", "30")))).isEmpty();
        assertThat(OptionCheck.problem(STATS, null, null, List.of(number("days", "0"))))
                .contains("`days` must be between 1 and 3,650, not 0.");
        assertThat(OptionCheck.problem(STATS, null, null, List.of(number("days", "99999999999"))))
                .contains("`days` must be between 1 and 3,650, not 99999999999.");
        assertThat(OptionCheck.problem(STATS, null, null, List.of(number("days", "seven"))))
                .contains("`days` must be a whole number.");
    }

    @Test
    void lengthsAreCountedInCharactersAsMembersCountThem() {
        assertThat(OptionCheck.problem(ASK, null, null, List.of(text("question", "😀".repeat(1000))))).isEmpty();
        assertThat(OptionCheck.problem(ASK, null, null, List.of(text("question", "😀".repeat(3000)))))
                .contains("Your `question` is 3,000 characters long; please keep it under 1,000.");
    }

    @Test
    void aValueOfAnotherTypeAnUnknownOptionOrAMissingRequiredOneIsRefused() {
        assertThat(OptionCheck.problem(STATS, null, null, List.of(text("days", "30"))))
                .contains("`days` must be a whole number.");
        assertThat(OptionCheck.problem(ASK, null, null, List.of(text("question", "hi"), text("admin", "true"))))
                .contains("I don't know the option `admin`.");
        assertThat(OptionCheck.problem(ASK, null, null, List.of())).contains("Please fill in `question`.");
    }

    @Test
    void aChannelMustBeOfADeclaredType() {
        OptionCheck.Given voice = new OptionCheck.Given("channel", OptionType.CHANNEL, "42", ChannelType.VOICE);
        OptionCheck.Given text = new OptionCheck.Given("channel", OptionType.CHANNEL, "42", ChannelType.TEXT);

        assertThat(OptionCheck.problem(REMIND, null, "remind", List.of(text("mode", "on"), text))).isEmpty();
        assertThat(OptionCheck.problem(REMIND, null, "remind", List.of(text("mode", "on"), voice)))
                .contains("`channel` must be a text channel.");
    }

    @Test
    void theSubcommandsOwnOptionsApplyAndAnUnknownSubcommandIsRefused() {
        assertThat(OptionCheck.problem(REMIND, null, "today", List.of())).isEmpty();
        assertThat(OptionCheck.problem(REMIND, null, "today", List.of(text("mode", "on"))))
                .contains("I don't know the option `mode`.");
        assertThat(OptionCheck.problem(REMIND, null, "delete", List.of())).isPresent();
    }

    @Test
    void aForgedValueIsShownBackCleanedAndShort() {
        String forged = "\u202E" + "x".repeat(200) + "`";

        assertThat(OptionCheck.problem(REMIND, null, "remind", List.of(text("mode", forged))).orElseThrow())
                .doesNotContain("\u202E").hasSizeLessThan(120);
    }
}
