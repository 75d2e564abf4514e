package dev.dynamicroutes.generated;

/**
 * Handwritten stand-in for the generator's {@code ApiClient} supporting file.
 *
 * <p>The generated Feign interfaces declare {@code extends ApiClient.Api}. The generator's own
 * {@code ApiClient} pulls in OkHttp, feign-form and OAuth helpers this library does not use, so it is
 * excluded ({@code supportingFilesToGenerate} in the POM) and only the marker interface it nests is
 * provided here. Building the Feign client is the job of {@code client-extensions}.
 */
public final class ApiClient {

    private ApiClient() {}

    /** Marker for the generated Feign interfaces. */
    public interface Api {}
}
