package dev.careermentor.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.careermentor.practice.Fsrs.Memory;
import dev.careermentor.practice.Fsrs.Rating;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * FSRS against reference values computed from the published algorithm: py-fsrs's own test
 * ({@code tests/test_basic.py}, {@code test_memo_state}) and {@code src/test/python/fsrs_reference.py},
 * an independent transcription of the wiki's formulas that prints the values below.
 */
class FsrsTest {

    private final Fsrs fsrs = new Fsrs();

    /** One review: whole days since the previous one, and the rating. */
    private record Review(long days, Rating rating) {
    }

    private List<Memory> replay(List<Review> reviews) {
        List<Memory> states = new ArrayList<>();
        Memory memory = null;
        for (Review review : reviews) {
            memory = memory == null ? fsrs.first(review.rating()) : fsrs.next(memory, review.days(), review.rating());
            states.add(memory);
        }
        return states;
    }

    @Test
    void matchesPyFsrsOwnReferenceForAgainThenFiveGoodReviews() {
        List<Memory> states = replay(List.of(new Review(0, Rating.AGAIN), new Review(0, Rating.GOOD),
                new Review(1, Rating.GOOD), new Review(3, Rating.GOOD), new Review(8, Rating.GOOD),
                new Review(21, Rating.GOOD)));

        Memory last = states.get(states.size() - 1);
        assertThat(last.stability()).isCloseTo(53.62691, within(1e-4)); // py-fsrs test_memo_state
        assertThat(last.difficulty()).isCloseTo(6.3574867, within(1e-4));
        assertThat(states.get(1).stability()).as("a same-day review (short-term formula)").isCloseTo(0.246689, within(1e-6));
    }

    @Test
    void matchesTheIndependentReferenceStateAfterEachReviewOfASequenceWithALapse() {
        List<Memory> states = replay(List.of(new Review(0, Rating.GOOD), new Review(2, Rating.GOOD),
                new Review(11, Rating.GOOD), new Review(40, Rating.AGAIN), new Review(1, Rating.HARD),
                new Review(3, Rating.GOOD), new Review(5, Rating.EASY)));

        // fsrs_reference.py: S, D and the interval after each review
        double[][] expected = {
                {2.306500, 2.118104, 2}, {10.964332, 2.111214, 11}, {46.280217, 2.104331, 46},
                {2.888036, 7.389976, 3}, {4.107818, 8.252573, 4}, {7.915785, 8.239548, 8}, {18.976663, 7.636516, 19}};
        for (int i = 0; i < expected.length; i++) {
            assertThat(states.get(i).stability()).as("S after review %d", i + 1).isCloseTo(expected[i][0], within(1e-5));
            assertThat(states.get(i).difficulty()).as("D after review %d", i + 1).isCloseTo(expected[i][1], within(1e-5));
            assertThat(fsrs.intervalDays(states.get(i).stability())).as("interval after review %d", i + 1)
                    .isEqualTo((int) expected[i][2]);
        }
    }

    @Test
    void aWrongAnswerComesBackSoonAndRightOnesLaterAndLater() {
        Memory wrong = fsrs.first(Rating.AGAIN);
        assertThat(fsrs.intervalDays(wrong.stability())).isEqualTo(1);

        Memory right = fsrs.first(Rating.GOOD);
        int previous = 0;
        for (int i = 0; i < 4; i++) {
            int interval = fsrs.intervalDays(right.stability());
            assertThat(interval).isGreaterThan(previous);
            previous = interval;
            right = fsrs.next(right, interval, Rating.GOOD);
        }
    }

    @Test
    void retrievabilityIsNinetyPercentAfterOneStability() {
        assertThat(fsrs.retrievability(12.5, 12.5)).isCloseTo(0.9, within(1e-12));
        assertThat(fsrs.retrievability(0, 12.5)).isEqualTo(1.0);
    }

    @Test
    void difficultyStaysBetweenOneAndTen() {
        Memory easy = fsrs.first(Rating.EASY);
        Memory hard = fsrs.first(Rating.AGAIN);
        for (int i = 0; i < 30; i++) {
            easy = fsrs.next(easy, 1, Rating.EASY);
            hard = fsrs.next(hard, 1, Rating.AGAIN);
        }
        assertThat(easy.difficulty()).isEqualTo(1.0);
        assertThat(hard.difficulty()).isLessThanOrEqualTo(10.0).isGreaterThan(9.0);
    }
}
