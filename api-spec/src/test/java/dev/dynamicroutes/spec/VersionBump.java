package dev.dynamicroutes.spec;

/**
 * The version change a spec change implies (semantic versioning; before 1.0 a breaking change takes
 * the next minor, as CHANGELOG.md's versioning policy says).
 *
 * <pre>{@code
 * VersionBump.of(impact, diffIsDifferent).next("0.1.0") // "0.2.0" for a breaking or additive change
 * }</pre>
 */
enum VersionBump {
    NONE,
    PATCH,
    MINOR,
    MAJOR;

    static VersionBump of(ClientImpact impact, boolean documentChanged) {
        if (impact.isBreaking()) {
            return MAJOR;
        }
        if (impact.addsSomething()) {
            return MINOR;
        }
        return documentChanged ? PATCH : NONE;
    }

    /** The next version after {@code released} ({@code x.y.z}, any {@code -SNAPSHOT} ignored). */
    String next(String released) {
        String[] parts = released.replace("-SNAPSHOT", "").split("\\.", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("version '" + released + "' is not major.minor.patch");
        }
        int major = Integer.parseInt(parts[0]);
        int minor = Integer.parseInt(parts[1]);
        int patch = Integer.parseInt(parts[2]);
        return switch (this) {
            case NONE -> released;
            case PATCH -> major + "." + minor + "." + (patch + 1);
            case MINOR -> major + "." + (minor + 1) + ".0";
            case MAJOR -> major == 0 ? "0." + (minor + 1) + ".0" : (major + 1) + ".0.0";
        };
    }

    /** Why, in words, for the report. */
    String reason() {
        return switch (this) {
            case NONE -> "no change";
            case PATCH -> "only descriptions, examples or other text changed";
            case MINOR -> "something was added, nothing breaks";
            case MAJOR -> "breaking change (before 1.0: the next minor)";
        };
    }
}
