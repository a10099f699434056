package dev.careermentor.answer;

import java.util.regex.Pattern;

/** Recognises a follow-up that only makes sense with the previous question ("and the second one?"). */
final class FollowUps {

    private static final Pattern LEADS = Pattern.compile(
            "^(and|also|but|so|then|what about|how about|what of|same for|and what about|ok and|okay and)\\b"
                    + "|\\b(it|that|this|they|them|those|these|there|the (first|second|other|next|last) (one|round|part))\\b",
            Pattern.CASE_INSENSITIVE);

    private FollowUps() {
    }

    static boolean isFollowUp(String question) {
        return QuestionWords.contentWords(question).size() <= 3 || LEADS.matcher(question.strip()).find();
    }
}
