package dev.careermentor.bench;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.Random;

/**
 * How many daily posts fall due in the same UTC minute when N groups choose their own post time,
 * and how late the last of a busy minute goes out under Discord's global limit of requests per
 * second (one request per post, sent in order of due time, as the dispatcher hands them over).
 *
 * <p>No real data exists yet, so the choice is a model, stated here and in docs/scaling.md: a
 * group's time zone is drawn from the regions where English-speaking Python learners are
 * (Americas 40 %, Europe and Africa 35 %, South and East Asia 20 %, Oceania 5 %, each spread over
 * its usual UTC offsets); its local time is a round hour in 70 % of groups, a half hour in 15 %,
 * a quarter hour in 5 % and any minute in 10 %; the hour is morning (07-09) for 35 %, noon (12-13)
 * for 15 %, evening (17-21) for 40 % and any other hour for 10 %. A fixed seed makes it repeatable.
 */
public final class PostTimeSpread {

    /** UTC offsets (hours) per region, and each region's share of groups. */
    private static final int[][] OFFSETS = {{-8, -7, -6, -5, -4, -3}, {0, 1, 2, 3}, {5, 7, 8, 9}, {10, 12}};
    private static final double[] REGION_SHARE = {0.40, 0.35, 0.20, 0.05};

    /**
     * @param peakMinute posts due in the busiest UTC minute
     * @param busiestHour posts due in the busiest UTC hour
     * @param worstDelaySeconds how long after its due time the last post of the worst minute is sent
     */
    public record Result(int groups, int peakMinute, int busiestHour, double worstDelaySeconds, double allAtOnceSeconds) {
    }

    private PostTimeSpread() {
    }

    public static Result run(int groups, double requestsPerSecond, long seed) {
        Random random = new Random(seed);
        int[] perMinute = new int[24 * 60];
        for (int i = 0; i < groups; i++) {
            int offsetHours = offset(random);
            LocalTime local = localTime(random);
            int utcMinute = Math.floorMod(local.getHour() * 60 + local.getMinute() - offsetHours * 60, 24 * 60);
            perMinute[utcMinute]++;
        }
        int busiestHour = 0;
        for (int hour = 0; hour < 24; hour++) {
            busiestHour = Math.max(busiestHour, Arrays.stream(perMinute, hour * 60, hour * 60 + 60).sum());
        }
        return new Result(groups, Arrays.stream(perMinute).max().orElse(0), busiestHour,
                worstDelay(perMinute, requestsPerSecond), groups / requestsPerSecond);
    }

    /** A queue served at a fixed rate: posts of a minute arrive at its start, any backlog goes first. */
    private static double worstDelay(int[] perMinute, double rate) {
        double worst = 0;
        double backlog = 0; // posts still queued at the start of the minute
        for (int round = 0; round < 2; round++) { // twice round the clock, so a backlog across midnight counts
            for (int count : perMinute) {
                backlog += count;
                worst = Math.max(worst, backlog / rate);
                backlog = Math.max(0, backlog - rate * 60);
            }
        }
        return worst;
    }

    private static int offset(Random random) {
        double pick = random.nextDouble();
        int region = 0;
        while (region < REGION_SHARE.length - 1 && pick >= REGION_SHARE[region]) {
            pick -= REGION_SHARE[region];
            region++;
        }
        int[] offsets = OFFSETS[region];
        return offsets[random.nextInt(offsets.length)];
    }

    private static LocalTime localTime(Random random) {
        double slot = random.nextDouble();
        int hour = slot < 0.35 ? 7 + random.nextInt(3) : slot < 0.50 ? 12 + random.nextInt(2)
                : slot < 0.90 ? 17 + random.nextInt(5) : random.nextInt(24);
        double round = random.nextDouble();
        int minute = round < 0.70 ? 0 : round < 0.85 ? 30 : round < 0.90 ? 15 * random.nextInt(4) : random.nextInt(60);
        return LocalTime.of(hour, minute);
    }
}
