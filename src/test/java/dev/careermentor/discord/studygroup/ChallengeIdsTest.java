package dev.careermentor.discord.studygroup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChallengeIdsTest {

    @Test
    void everyKindOfIdIsReadBackAsWritten() {
        List<ChallengeIds.ChallengeId> ids = List.of(new ChallengeIds.Pick(77L, 3), new ChallengeIds.Answer(77L),
                new ChallengeIds.Hint(77L), new ChallengeIds.Submit(77L));

        for (ChallengeIds.ChallengeId id : ids) {
            assertThat(ChallengeIds.parse(ChallengeIds.encode(id))).contains(id);
        }
    }

    @Test
    void theIdsOfButtonsPostedBeforeVersionsAreStillRead() {
        assertThat(ChallengeIds.parse("challenge:pick:77:0")).contains(new ChallengeIds.Pick(77L, 0));
        assertThat(ChallengeIds.parse("challenge:answer:77")).contains(new ChallengeIds.Answer(77L));
        assertThat(ChallengeIds.parse("challenge:hint:77")).contains(new ChallengeIds.Hint(77L));
        assertThat(ChallengeIds.parse("challenge:submit:77")).contains(new ChallengeIds.Submit(77L));
    }

    @Test
    void anotherFeaturesIdOrAMangledOneIsNotAChallengeId() {
        assertThat(ChallengeIds.parse("v1:feedback:up:77")).isEmpty();
        assertThat(ChallengeIds.parse("v1:challenge:pick:77")).as("no option").isEmpty();
        assertThat(ChallengeIds.parse("v1:challenge:pick:seventy:1")).isEmpty();
    }
}
