package dev.dynamicroutes.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The sanitiser on its own: redaction in every form, before cutting; neutralising; bounding. */
class ServerTextTest {

    static final String SECRET = "tok/SECRET\"7a1f%0c9e";
    final ServerText text = ServerText.redacting(List.of(SECRET, "ops@example.com"));

    @Test
    void redactsRawJsonEscapedAndPercentEncodedForms() {
        String echoed = "raw " + SECRET + " json tok\\/SECRET\\\"7a1f%0c9e url tok%2FSECRET%227a1f%250c9e"
                + " lower tok%2fsecret%227a1f%250c9e".replace("secret", "SECRET") + " mail ops%40example.com";
        String cleaned = text.clean(echoed, 10_000);
        assertThat(cleaned)
                .doesNotContain("SECRET")
                .doesNotContain("example.com")
                .contains(ServerText.REDACTED);
    }

    @Test
    void redactsBeforeCuttingSoNoPrefixOfASecretSurvives() {
        String message = "x".repeat(20) + SECRET + " tail";
        // cut inside where the secret was: the cut is applied to the redacted text
        assertThat(text.clean(message, 24)).isEqualTo("x".repeat(20) + "[RED...");
        // the input itself ended inside the secret (a bounded read)
        assertThat(text.clean("error: " + SECRET.substring(0, 9), 100, true))
                .isEqualTo("error: " + ServerText.REDACTED + "...");
        // the shortest fragment taken for the start of a secret is four characters
        assertThat(text.clean("error: " + SECRET.substring(0, 4), 100, true))
                .isEqualTo("error: " + ServerText.REDACTED + "...");
        assertThat(text.clean("error: " + SECRET.substring(0, 3), 100, true)).isEqualTo("error: tok...");
    }

    @Test
    void neutralisesControlBidiAndFormatCharacters() {
        String hostile = "a\u001b[31mred\r\nforged line\u0007\u202etxt.exe\u2066x\u200by\u2028z\u0085";
        String cleaned = text.clean(hostile, 1_000);
        assertThat(cleaned).doesNotContainPattern("[\\p{Cc}\\p{Cf}\\u2028\\u2029]");
        assertThat(cleaned).isEqualTo("a [31mred  forged line  txt.exe x y z ");
        // a paragraph separator and an unpaired surrogate, each replaced by one space
        assertThat(text.clean("p\u2029q\ud800r", 100)).isEqualTo("p q r");
    }

    @Test
    void boundsTheLength() {
        assertThat(text.clean("7".repeat(300 * 1024), 100)).hasSize(103).endsWith("...");
        assertThat(text.cleanIfPresent(null, 10)).isNull();
        assertThat(text.cleanIfPresent("7".repeat(20), 10)).isEqualTo("7".repeat(10) + "...");
    }
}
