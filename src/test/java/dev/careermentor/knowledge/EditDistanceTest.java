package dev.careermentor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource({"python, python, 0", "pyhton, python, 1", "pythn, python, 1", "pythons, python, 1", "pathon, python, 1",
            "ptyhon, python, 1", "pytohn, python, 1", "ypthon, python, 1", "pyth, python, 2", "nohtyp, python, 2",
            "intervew, interview, 1", "invnted, invented, 1", "a, b, 1", "ab, ba, 1", "abc, ca, 2"})
    void oneEditIsOneWhateverKindOfEditItIs(String a, String b, int distance) {
        assertThat(EditDistance.between(a, b, 1)).isEqualTo(distance);
        assertThat(EditDistance.between(b, a, 1)).isEqualTo(distance);
    }

    @Test
    void theQuickCheckForOneEditAgreesWithTheFullTable() {
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            String a = randomWord(random);
            String b = random.nextBoolean() ? randomWord(random) : typo(a, random);

            assertThat(EditDistance.between(a, b, 1)).as(a + " / " + b)
                    .isEqualTo(Math.min(EditDistance.between(a, b, 5), 2));
        }
    }

    @Test
    void largerDistancesAreCountedUpToTheLimit() {
        assertThat(EditDistance.between("kitten", "sitting", 5)).isEqualTo(3);
        assertThat(EditDistance.between("kitten", "sitting", 2)).isEqualTo(3);
        assertThat(EditDistance.between("ca", "abc", 5)).isEqualTo(3); // optimal string alignment, not Damerau
    }

    private static String randomWord(Random random) {
        StringBuilder word = new StringBuilder();
        for (int i = 0, length = 1 + random.nextInt(6); i < length; i++) {
            word.append((char) ('a' + random.nextInt(3)));
        }
        return word.toString();
    }

    private static String typo(String word, Random random) {
        StringBuilder typo = new StringBuilder(word);
        int at = random.nextInt(word.length());
        switch (random.nextInt(4)) {
            case 0 -> typo.deleteCharAt(at);
            case 1 -> typo.insert(at, (char) ('a' + random.nextInt(3)));
            case 2 -> typo.setCharAt(at, (char) ('a' + random.nextInt(3)));
            default -> {
                if (at + 1 < typo.length()) {
                    char c = typo.charAt(at);
                    typo.setCharAt(at, typo.charAt(at + 1));
                    typo.setCharAt(at + 1, c);
                }
            }
        }
        return typo.toString();
    }
}
