package dev.dynamicroutes.element;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Timestamps} against {@link OffsetDateTime#parse}: an expected table of edge inputs (which path reads
 * each, and what comes out), then a seeded random comparison over valid and near-valid strings.
 */
class TimestampsTest {

    /**
     * input | path that reads it (fast, or jdk for the fallback) | {@code OffsetDateTime.toString()} of the
     * value, or "error" when the JDK rejects it. The jdk-path values were checked with jshell on JDK 17.
     */
    private static final String EDGES = """
            2025-01-30T12:34:56.123456Z         | fast | 2025-01-30T12:34:56.123456Z
            2025-01-30T12:34:56Z                | fast | 2025-01-30T12:34:56Z
            2025-01-30T12:34:56.000Z            | fast | 2025-01-30T12:34:56Z
            2025-01-30T12:34:56.1Z              | fast | 2025-01-30T12:34:56.100Z
            2025-01-30T12:34:56.000000001Z      | fast | 2025-01-30T12:34:56.000000001Z
            2025-01-30T12:34:56.123456789+05:30 | fast | 2025-01-30T12:34:56.123456789+05:30
            2025-01-30T12:34:56-00:00           | fast | 2025-01-30T12:34:56Z
            2025-01-30T12:34:56+00:00           | fast | 2025-01-30T12:34:56Z
            2025-01-30T12:34:56-03:45           | fast | 2025-01-30T12:34:56-03:45
            2025-01-30T12:34:56+18:00           | fast | 2025-01-30T12:34:56+18:00
            2025-01-30T12:34:56-18:00           | fast | 2025-01-30T12:34:56-18:00
            2024-02-29T00:00:00Z                | fast | 2024-02-29T00:00Z
            2000-02-29T23:59:59Z                | fast | 2000-02-29T23:59:59Z
            0000-01-01T00:00:00Z                | fast | 0000-01-01T00:00Z
            9999-12-31T23:59:59.999999999-18:00 | fast | 9999-12-31T23:59:59.999999999-18:00
            2025-04-30T00:00:00Z                | fast | 2025-04-30T00:00Z
            2025-01-30t12:34:56z                | jdk  | 2025-01-30T12:34:56Z
            2025-01-30T12:34:56.Z               | jdk  | 2025-01-30T12:34:56Z
            2025-01-30T12:34Z                   | jdk  | 2025-01-30T12:34Z
            2025-01-30T12:34:56+05              | jdk  | 2025-01-30T12:34:56+05:00
            2025-01-30T12:34:56+05:30:15        | jdk  | 2025-01-30T12:34:56+05:30:15
            +12025-01-30T12:34:56Z              | jdk  | +12025-01-30T12:34:56Z
            -0001-01-01T00:00:00Z               | jdk  | -0001-01-01T00:00Z
            1900-02-29T00:00:00Z                | jdk  | error
            2023-02-29T00:00:00Z                | jdk  | error
            2025-02-30T00:00:00Z                | jdk  | error
            2025-04-31T00:00:00Z                | jdk  | error
            2025-13-01T00:00:00Z                | jdk  | error
            2025-00-10T00:00:00Z                | jdk  | error
            2025-01-00T00:00:00Z                | jdk  | error
            2025-01-30T24:00:00Z                | jdk  | error
            2025-01-30T23:60:00Z                | jdk  | error
            2025-01-30T23:59:60Z                | jdk  | error
            2025-01-30T12:34:56+18:01           | jdk  | error
            2025-01-30T12:34:56+19:00           | jdk  | error
            2025-01-30T12:34:56+05:60           | jdk  | error
            2025-01-30T12:34:56+0530            | jdk  | error
            2025-01-30T12:34:56+5:30            | jdk  | error
            2025-01-30T12:34:56.1234567890Z     | jdk  | error
            2025-01-30T12:34:56.123456          | jdk  | error
            2025-01-30T12:34:56                 | jdk  | error
            2025-01-30 12:34:56Z                | jdk  | error
            2025-01-30T12:34:56Z[UTC]           | jdk  | error
            2025/01/30T12:34:56Z                | jdk  | error
            yesterday                           | jdk  | error
            """;

    @Test
    void edgeInputsTakeTheExpectedPathAndGiveTheJdksResult() {
        List<String> actual = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (String line : EDGES.strip().lines().toList()) {
            String[] cells = line.split("\\|", -1);
            String input = cells[0].strip();
            expected.add(input + " | " + cells[1].strip() + " | " + cells[2].strip());
            String path = Timestamps.fastOrNull(input) != null ? "fast" : "jdk";
            actual.add(input + " | " + path + " | " + outcome(input));
            assertSameAsJdk(input);
        }
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Test
    void edgeCasesOfTheShapeNotWrittenInATable() {
        // empty, a digit where a separator belongs, non-ASCII digits (Arabic-Indic two), a trailing space
        for (String input : List.of(
                "", "2025-01-30T12:34:56 Z", "2025-01-30T12:34:56Z ", "\u06622025-01-30T12:34:56Z", "2025101301")) {
            assertThat(Timestamps.fastOrNull(input)).as(input).isNull();
            assertThat(outcome(input)).as(input).isEqualTo("error");
            assertSameAsJdk(input);
        }
    }

    @Test
    void aSeededRandomMixOfValidAndNearValidStringsReadsAsTheJdkReadsThem() {
        SplittableRandom random = new SplittableRandom(20250130L);
        List<String> mismatches = new ArrayList<>();
        int fast = 0;
        int fallbackAccepted = 0;
        int rejected = 0;
        for (int i = 0; i < 100_000; i++) {
            String input = candidate(random);
            String jdk = jdkOutcome(input);
            String ours = ourOutcome(input);
            if (!jdk.equals(ours) && mismatches.size() < 20) {
                mismatches.add(input + ": jdk " + jdk + ", ours " + ours);
            }
            if (Timestamps.fastOrNull(input) != null) {
                fast++;
            } else if (jdk.startsWith("value ")) {
                fallbackAccepted++;
            } else {
                rejected++;
            }
        }
        assertThat(mismatches).isEmpty();
        // the mix must exercise all three outcomes, or the comparison above proves little (seed 20250130
        // gives 9 268 fast-path reads)
        assertThat(fast).as("read by the fast path").isGreaterThan(5_000);
        assertThat(fallbackAccepted).as("accepted by the JDK fallback").isGreaterThan(200);
        assertThat(rejected).as("rejected").isGreaterThan(20_000);
    }

    /** Same value, or a DateTimeParseException with the same message, as the JDK. */
    private static void assertSameAsJdk(String input) {
        assertThat(ourOutcome(input)).as(input).isEqualTo(jdkOutcome(input));
    }

    private static String outcome(String input) {
        try {
            return Timestamps.parse(input).toString();
        } catch (DateTimeParseException e) {
            return "error";
        }
    }

    private static String jdkOutcome(String input) {
        try {
            OffsetDateTime value = OffsetDateTime.parse(input);
            return "value " + value + " " + value.getOffset().getId();
        } catch (DateTimeParseException e) {
            return "error " + e.getMessage() + " at " + e.getErrorIndex();
        }
    }

    private static String ourOutcome(String input) {
        try {
            OffsetDateTime value = Timestamps.parse(input);
            return "value " + value + " " + value.getOffset().getId();
        } catch (DateTimeParseException e) {
            return "error " + e.getMessage() + " at " + e.getErrorIndex();
        }
    }

    /** Mostly Cloudflare's shape with fields near their limits, some other ISO forms, some with one char mangled. */
    private static String candidate(SplittableRandom random) {
        StringBuilder s = new StringBuilder(40);
        s.append(year(random)).append('-');
        s.append(twoDigits(random, 0, 13)).append('-');
        s.append(twoDigits(random, 0, 32));
        s.append(pick(random, 20, "T", "t", " "));
        s.append(twoDigits(random, 0, 25)).append(':').append(twoDigits(random, 0, 61));
        if (random.nextInt(20) != 0) {
            s.append(':').append(twoDigits(random, 0, 61));
        }
        int fraction = random.nextInt(14) - 2; // -2, -1: none; 0: a bare point; 1..11 digits
        if (fraction >= 0) {
            s.append('.');
            for (int i = 0; i < fraction; i++) {
                s.append((char) ('0' + random.nextInt(10)));
            }
        }
        s.append(offset(random));
        if (random.nextInt(10) == 0) {
            mangle(s, random);
        }
        return s.toString();
    }

    private static String year(SplittableRandom random) {
        return switch (random.nextInt(12)) {
            case 0 -> pick(random, 1, "1900", "2000", "2100", "2024", "0000", "9999", "0400");
            case 1 -> pick(random, 1, "+12025", "-0001", "202", "20255", "+2025");
            default -> String.format("%04d", random.nextInt(10_000));
        };
    }

    private static String offset(SplittableRandom random) {
        String sign = random.nextBoolean() ? "+" : "-";
        return switch (random.nextInt(10)) {
            case 0, 1, 2 -> "Z";
            case 3 -> pick(random, 1, "z", "", "+05", "-0530", "+05:30:15", "+5:30", "[UTC]", "Z[UTC]");
            default -> sign + twoDigits(random, 0, 19) + ":" + twoDigits(random, 0, 61);
        };
    }

    /** Replaces, deletes or inserts one character. */
    private static void mangle(StringBuilder s, SplittableRandom random) {
        String alphabet = "0123456789-:T.Z+ x";
        char c = alphabet.charAt(random.nextInt(alphabet.length()));
        int at = random.nextInt(s.length() + 1);
        switch (random.nextInt(3)) {
            case 0 -> s.insert(at, c);
            case 1 -> {
                if (at < s.length()) {
                    s.deleteCharAt(at);
                }
            }
            default -> {
                if (at < s.length()) {
                    s.setCharAt(at, c);
                }
            }
        }
    }

    /** Two digits from {@code low} to {@code high}, half the time at or next to a limit. */
    private static String twoDigits(SplittableRandom random, int low, int high) {
        int value = random.nextBoolean()
                ? random.nextInt(low, high + 1)
                : pickInt(random, low, low + 1, high - 2, high - 1, high);
        return String.format("%02d", value);
    }

    /** The first choice with weight {@code firstWeight}, each other with weight one. */
    private static String pick(SplittableRandom random, int firstWeight, String... choices) {
        int r = random.nextInt(firstWeight + choices.length - 1);
        return r < firstWeight ? choices[0] : choices[r - firstWeight + 1];
    }

    private static int pickInt(SplittableRandom random, int... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
