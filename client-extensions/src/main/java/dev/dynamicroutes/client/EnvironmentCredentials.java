package dev.dynamicroutes.client;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Reads credentials and the base URL from environment variables, naming what is missing. */
final class EnvironmentCredentials {

    private EnvironmentCredentials() {}

    /**
     * The token from {@code CLOUDFLARE_API_TOKEN} (preferred), else email + key.
     *
     * @throws IllegalStateException naming the variables to set when none or only half are set
     */
    static Credentials read(Function<String, String> environment) {
        String token = environment.apply(DynamicRoutesClient.ENV_API_TOKEN);
        if (token != null && !token.isBlank()) {
            return Credentials.apiToken(token.strip());
        }
        String email = environment.apply(DynamicRoutesClient.ENV_EMAIL);
        String key = environment.apply(DynamicRoutesClient.ENV_API_KEY);
        boolean hasEmail = email != null && !email.isBlank();
        boolean hasKey = key != null && !key.isBlank();
        if (hasEmail && hasKey) {
            return Credentials.emailAndApiKey(email.strip(), key.strip());
        }
        if (hasEmail || hasKey) {
            throw new IllegalStateException("incomplete credentials in the environment: "
                    + DynamicRoutesClient.ENV_EMAIL + " and " + DynamicRoutesClient.ENV_API_KEY
                    + " must both be set ("
                    + (hasEmail ? DynamicRoutesClient.ENV_API_KEY : DynamicRoutesClient.ENV_EMAIL)
                    + " is missing), or set " + DynamicRoutesClient.ENV_API_TOKEN);
        }
        throw new IllegalStateException("no credentials in the environment: set " + DynamicRoutesClient.ENV_API_TOKEN
                + ", or " + DynamicRoutesClient.ENV_EMAIL + " and " + DynamicRoutesClient.ENV_API_KEY
                + " (or call apiToken(...) / apiKey(...) on the builder)");
    }

    /** {@code CLOUDFLARE_BASE_URL}, or null when unset or blank. */
    static @Nullable String baseUrl(Function<String, String> environment) {
        String fromEnv = environment.apply(DynamicRoutesClient.ENV_BASE_URL);
        return fromEnv == null || fromEnv.isBlank() ? null : fromEnv;
    }
}
