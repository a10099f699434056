package dev.careermentor.discord.studygroup;

import dev.careermentor.discord.Feature;
import dev.careermentor.discord.Requests;
import dev.careermentor.studygroup.StudyGroups;
import dev.careermentor.studygroup.TimeInput;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * What {@code /studygroup} and {@code /challenge} share: the study groups, the clock that says how
 * long until the next post, and IANA time zone suggestions for their {@code timezone} option.
 */
abstract class StudyGroupSlashCommand implements Feature.SlashCommand, Feature.Autocompletes {

    final StudyGroups studyGroups;
    final Clock clock;

    StudyGroupSlashCommand(StudyGroups studyGroups, Clock clock) {
        this.studyGroups = studyGroups;
        this.clock = clock;
    }

    @Override
    public String command() {
        return data().getName();
    }

    /** The only option with autocomplete is the time zone. */
    @Override
    public void onAutocomplete(Requests.Autocomplete request) {
        request.suggest(TimeInput.suggestZones(request.typed(), 25).stream().map(z -> new Requests.Choice(z, z)).toList());
    }

    /** How long until a moment, as "2 h 5 min" or "40 min" (never negative). */
    String until(Instant moment) {
        Duration left = Duration.between(clock.instant(), moment);
        long hours = Math.max(0, left.toHours());
        long minutes = Math.max(0, left.toMinutesPart());
        return hours > 0 ? hours + " h " + minutes + " min" : minutes + " min";
    }
}
