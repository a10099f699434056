package dev.careermentor.studygroup;

import dev.careermentor.practice.Challenge;
import dev.careermentor.studygroup.model.Post;
import dev.careermentor.studygroup.model.StudyGroup;

/**
 * A post row this process holds, with the challenge recorded on it. The poster sends exactly this
 * challenge: it never looks it up again, so a bank reloaded in between cannot change what goes out.
 *
 * @param previous the group's previous challenge, whose answer the post reveals, or null
 */
public record ClaimedPost(StudyGroup group, Post post, Challenge challenge, Challenge previous) {

    public ClaimedPost {
        if (!post.challengeId().equals(challenge.id())) {
            throw new IllegalArgumentException("post " + post.id() + " records challenge " + post.challengeId()
                    + ", not " + challenge.id());
        }
    }
}
