package dev.dynamicroutes.element;

import static dev.dynamicroutes.element.RouteFixtures.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link RouteVersion} read on its own, written back, built with {@link RouteVersion#of} and compared,
 * as its javadoc states: {@code active} is the string {@code "true"} or {@code "false"} on the wire,
 * {@code is_valid} gives the validity (absent: not reported), optional fields sent as JSON null are
 * written back as null and absent ones stay absent.
 */
class RouteVersionContractTest {

    static final String REQUIRED = "\"version_id\":\"v\",\"created_at\":\"c\",\"data\":\"{}\"";

    @Test
    void eachWireFormOfTheOptionalFieldsIsReadAndWrittenBackAsSent() throws Exception {
        List<String> table = new ArrayList<>();
        for (String optional : List.of(
                "\"active\":\"true\"",
                "\"active\":\"false\"",
                "\"active\":\"true\",\"is_valid\":true",
                "\"active\":\"true\",\"is_valid\":false",
                "\"active\":\"true\",\"is_valid\":null",
                "\"active\":\"true\",\"comment\":\"second try\"",
                "\"active\":\"true\",\"comment\":null",
                "\"active\":\"true\",\"comment\":null,\"is_valid\":null,\"note\":[1.50]")) {
            RouteVersion version = MAPPER.readValue("{" + REQUIRED + "," + optional + "}", RouteVersion.class);
            table.add(version.versionId() + " " + version.createdAt() + " " + version.data() + " " + version.active()
                    + " " + version.validity() + " " + version.comment().orElse("-") + " | "
                    + MAPPER.writeValueAsString(version));
        }

        String fields = "\"created_at\":\"c\",\"data\":\"{}\",\"version_id\":\"v\"";
        assertThat(table)
                .containsExactly(
                        "v c {} true NOT_REPORTED - | {\"active\":\"true\"," + fields + "}",
                        "v c {} false NOT_REPORTED - | {\"active\":\"false\"," + fields + "}",
                        "v c {} true VALID - | {\"active\":\"true\"," + fields + ",\"is_valid\":true}",
                        "v c {} true INVALID - | {\"active\":\"true\"," + fields + ",\"is_valid\":false}",
                        "v c {} true NOT_REPORTED - | {\"active\":\"true\"," + fields + ",\"is_valid\":null}",
                        "v c {} true NOT_REPORTED second try | {\"active\":\"true\"," + fields
                                + ",\"comment\":\"second try\"}",
                        "v c {} true NOT_REPORTED - | {\"active\":\"true\"," + fields + ",\"comment\":null}",
                        "v c {} true NOT_REPORTED - | {\"active\":\"true\"," + fields
                                + ",\"is_valid\":null,\"comment\":null,\"note\":[1.50]}");
    }

    @Test
    void wrongOrMissingValuesAreLocatedProblems() throws Exception {
        List<String> table = new ArrayList<>();
        for (String json : List.of(
                "{" + REQUIRED + ",\"active\":\"TRUE\"}",
                "{" + REQUIRED + ",\"active\":\"yes\"}",
                "{" + REQUIRED + ",\"active\":true}",
                "{" + REQUIRED + ",\"active\":null}",
                "{" + REQUIRED + "}",
                "{\"active\":\"true\",\"created_at\":\"c\",\"data\":\"{}\"}",
                "{\"active\":\"true\",\"version_id\":\"v\",\"data\":\"{}\"}",
                "{\"active\":\"true\",\"version_id\":\"v\",\"created_at\":\"c\"}",
                "{" + REQUIRED + ",\"active\":\"true\",\"is_valid\":\"true\"}",
                "{" + REQUIRED + ",\"active\":\"true\",\"comment\":7}")) {
            Throwable thrown = catchThrowable(() -> MAPPER.readValue(json, RouteVersion.class));
            table.add(
                    thrown instanceof RouteDecodeException e
                            ? e.field() + ": " + String.valueOf(e.getMessage()).replaceFirst("^.*?': ", "")
                            : String.valueOf(thrown));
        }

        assertThat(table)
                .containsExactly(
                        "active: must be the string \"true\" or \"false\", was \"TRUE\"",
                        "active: must be the string \"true\" or \"false\", was \"yes\"",
                        "active: must be a string, was a boolean",
                        "active: missing required field",
                        "active: missing required field",
                        "version_id: missing required field",
                        "created_at: missing required field",
                        "data: missing required field",
                        "is_valid: must be a boolean, was a string",
                        "comment: must be a string, was a number");
    }

    @Test
    void builtVersionsWriteWhatTheyHold() throws Exception {
        List<String> table = new ArrayList<>();
        for (RouteVersion.Validity validity : RouteVersion.Validity.values()) {
            RouteVersion version = RouteVersion.of("v", false, "c", "{}", validity, null);
            table.add(version.validity() + " | " + MAPPER.writeValueAsString(version));
        }
        table.add(RouteVersion.of("v", true, "c", "{}", RouteVersion.Validity.VALID, "why")
                .toString());

        String fields = "\"active\":\"false\",\"created_at\":\"c\",\"data\":\"{}\",\"version_id\":\"v\"";
        assertThat(table)
                .containsExactly(
                        "VALID | {" + fields + ",\"is_valid\":true}",
                        "INVALID | {" + fields + ",\"is_valid\":false}",
                        "NOT_REPORTED | {" + fields + "}",
                        "RouteVersion[versionId=v, active=true, createdAt=c, validity=VALID, comment=why,"
                                + " data=(2 chars)]");
    }

    @Test
    void equalityTakesEveryFieldIntoAccount() throws Exception {
        RouteVersion base = version("\"active\":\"true\",\"is_valid\":true,\"comment\":\"x\"");
        assertThat(base)
                .isEqualTo(version("\"active\":\"true\",\"is_valid\":true,\"comment\":\"x\""))
                .hasSameHashCodeAs(version("\"active\":\"true\",\"is_valid\":true,\"comment\":\"x\""))
                .isEqualTo(RouteVersion.of("v", true, "c", "{}", RouteVersion.Validity.VALID, "x"));

        List<RouteVersion> different = List.of(
                MAPPER.readValue(
                        "{\"version_id\":\"w\",\"created_at\":\"c\",\"data\":\"{}\",\"active\":\"true\","
                                + "\"is_valid\":true,\"comment\":\"x\"}",
                        RouteVersion.class),
                version("\"active\":\"false\",\"is_valid\":true,\"comment\":\"x\""),
                MAPPER.readValue(
                        "{\"version_id\":\"v\",\"created_at\":\"d\",\"data\":\"{}\",\"active\":\"true\","
                                + "\"is_valid\":true,\"comment\":\"x\"}",
                        RouteVersion.class),
                MAPPER.readValue(
                        "{\"version_id\":\"v\",\"created_at\":\"c\",\"data\":\"[]\",\"active\":\"true\","
                                + "\"is_valid\":true,\"comment\":\"x\"}",
                        RouteVersion.class),
                version("\"active\":\"true\",\"is_valid\":false,\"comment\":\"x\""),
                version("\"active\":\"true\",\"comment\":\"x\""),
                version("\"active\":\"true\",\"is_valid\":true,\"comment\":\"y\""),
                version("\"active\":\"true\",\"is_valid\":true"),
                version("\"active\":\"true\",\"is_valid\":true,\"comment\":\"x\",\"note\":1"));
        for (RouteVersion other : different) {
            assertThat(base).as(other.toString()).isNotEqualTo(other);
        }
        // sent as null and absent are different values (they are written back differently)
        assertThat(version("\"active\":\"true\",\"is_valid\":null"))
                .isNotEqualTo(version("\"active\":\"true\""))
                .isEqualTo(version("\"active\":\"true\",\"is_valid\":null"));
        assertThat(version("\"active\":\"true\",\"comment\":null"))
                .isNotEqualTo(version("\"active\":\"true\""))
                .isEqualTo(version("\"active\":\"true\",\"comment\":null"));
        assertThat(base).isNotEqualTo("v");
    }

    private static RouteVersion version(String optional) throws Exception {
        return MAPPER.readValue("{" + REQUIRED + "," + optional + "}", RouteVersion.class);
    }
}
