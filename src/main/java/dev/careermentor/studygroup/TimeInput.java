package dev.careermentor.studygroup;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads times of day and time zones as members type them, with messages that say what is wrong,
 * and writes them back the way members read them: "18:00 UTC", "08:07 Pacific/Chatham".
 */
public final class TimeInput {

    private static final Pattern TIME = Pattern.compile("^(\\d{1,2})(?::(\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?$");
    private static final Set<String> ZONES = new TreeSet<>(ZoneId.getAvailableZoneIds());
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private TimeInput() {
    }

    /** "09:30", "9:30", "9", "9am", "9:30 pm" — or an explanation of what is expected. */
    public static LocalTime parseTime(String text) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Matcher m = TIME.matcher(value);
        if (m.matches()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            String half = m.group(3);
            if (half != null) {
                if (hour < 1 || hour > 12) {
                    hour = -1;
                } else {
                    hour = hour % 12 + (half.startsWith("p") ? 12 : 0);
                }
            }
            if (hour >= 0 && hour <= 23 && minute <= 59) {
                return LocalTime.of(hour, minute);
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a time of day. Use 24-hour HH:MM, like 09:00 or 18:30.");
    }

    /** A time of day in a zone, as members read it: "18:00 UTC", "08:07 Pacific/Chatham". */
    public static String show(LocalTime time, ZoneId zone) {
        return HH_MM.format(time) + " " + zoneName(zone);
    }

    /**
     * A zone's name: its IANA id, and "UTC" for UTC however it is written ({@code ZoneOffset.UTC}'s
     * id is "Z", which means nothing to a member); another fixed offset reads "UTC+05:30".
     */
    public static String zoneName(ZoneId zone) {
        if (zone instanceof ZoneOffset offset) { // a region keeps its name even where its offset never changes
            return offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId();
        }
        return zone.getId();
    }

    /** An IANA time zone id such as Europe/Berlin; fixed offsets are refused because they ignore daylight saving. */
    public static ZoneId parseZone(String text) {
        String value = text == null ? "" : text.strip();
        Optional<String> exact = ZONES.stream().filter(z -> z.equalsIgnoreCase(value)).findFirst();
        if (exact.isPresent()) {
            try {
                return ZoneId.of(exact.get());
            } catch (DateTimeException e) {
                // fall through to the explanation
            }
        }
        List<String> close = suggestZones(value, 3);
        throw new IllegalArgumentException("'" + text + "' is not a time zone I know. Use an IANA name like "
                + "Europe/Berlin or America/New_York" + (close.isEmpty() ? "" : " (did you mean " + String.join(", ", close) + "?)")
                + "; start typing and pick one from the suggestions.");
    }

    /** Zone ids containing every typed word, best (shortest) first. */
    public static List<String> suggestZones(String typed, int limit) {
        String[] words = (typed == null ? "" : typed).toLowerCase(Locale.ROOT).replace(' ', '_').split("[/_,]+");
        return ZONES.stream()
                .filter(zone -> zone.contains("/") || zone.equals("UTC"))
                .filter(zone -> {
                    String lower = zone.toLowerCase(Locale.ROOT);
                    for (String word : words) {
                        if (!word.isEmpty() && !lower.contains(word)) {
                            return false;
                        }
                    }
                    return true;
                })
                .sorted(java.util.Comparator.comparingInt(String::length).thenComparing(z -> z))
                .limit(limit)
                .toList();
    }
}
