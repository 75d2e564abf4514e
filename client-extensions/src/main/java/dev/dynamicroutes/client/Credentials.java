package dev.dynamicroutes.client;

import feign.RequestTemplate;
import org.jspecify.annotations.Nullable;

/**
 * One authentication scheme and its secrets. Exactly one scheme is ever applied to a request.
 * {@code toString()} names the scheme only.
 */
final class Credentials {

    enum Scheme {
        API_TOKEN,
        EMAIL_AND_API_KEY
    }

    static final String AUTHORIZATION = "Authorization";
    static final String X_AUTH_EMAIL = "X-Auth-Email";
    static final String X_AUTH_KEY = "X-Auth-Key";

    private final Scheme scheme;
    // set for the scheme only: token for API_TOKEN, email and key for EMAIL_AND_API_KEY
    private final @Nullable String token;
    private final @Nullable String email;
    private final @Nullable String key;

    private Credentials(Scheme scheme, @Nullable String token, @Nullable String email, @Nullable String key) {
        this.scheme = scheme;
        this.token = token;
        this.email = email;
        this.key = key;
    }

    static Credentials apiToken(String token) {
        return new Credentials(Scheme.API_TOKEN, checkSecret("API token", token), null, null);
    }

    static Credentials emailAndApiKey(String email, String key) {
        return new Credentials(
                Scheme.EMAIL_AND_API_KEY, null, checkSecret("email", email), checkSecret("API key", key));
    }

    /** Rejects blank values and anything that could split a header line; never echoes the value. */
    private static String checkSecret(String what, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be null or blank");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                throw new IllegalArgumentException(
                        what + " contains a character not allowed in an HTTP header (whitespace, control or non-ASCII)"
                                + " at index " + i);
            }
        }
        return value;
    }

    Scheme scheme() {
        return scheme;
    }

    /** Replaces any auth header on the template with this scheme's headers. */
    void applyTo(RequestTemplate template) {
        template.removeHeader(AUTHORIZATION);
        template.removeHeader(X_AUTH_EMAIL);
        template.removeHeader(X_AUTH_KEY);
        // literal values: a secret containing '{' must not be read as a Feign template expression
        if (scheme == Scheme.API_TOKEN) {
            template.headerLiteral(AUTHORIZATION, "Bearer " + token);
        } else {
            template.headerLiteral(X_AUTH_EMAIL, email);
            template.headerLiteral(X_AUTH_KEY, key);
        }
    }

    /** The secret values, for redacting them from whatever a server sends back. */
    java.util.List<String> secrets() {
        return scheme == Scheme.API_TOKEN ? java.util.List.of(token) : java.util.List.of(email, key);
    }

    static boolean isAuthHeader(String name) {
        return AUTHORIZATION.equalsIgnoreCase(name)
                || X_AUTH_EMAIL.equalsIgnoreCase(name)
                || X_AUTH_KEY.equalsIgnoreCase(name);
    }

    @Override
    public String toString() {
        return "Credentials{" + scheme + ", secrets redacted}";
    }
}
