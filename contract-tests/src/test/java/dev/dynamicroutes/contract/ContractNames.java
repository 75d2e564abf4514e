package dev.dynamicroutes.contract;

/**
 * Names shared by the consumer tests, the pact-versus-spec check and the provider replay: the two
 * pacticipants, where pact files go, and the provider states. A provider state names a situation on
 * the provider side; the replay stub ({@code provider.SpecExampleProvider}) maps each one to a
 * documented example of the spec.
 */
public final class ContractNames {

    public static final String CONSUMER = "dynamic-routes-java-client";
    public static final String PROVIDER = "cloudflare-ai-gateway";

    /** Where surefire writes pact files ({@code pact.rootDir}) and where the checks read them, relative to the module. */
    public static final String PACT_DIRECTORY = "target/pacts";

    /** Classpath location of the api-spec artifact's OpenAPI document. */
    public static final String SPEC_RESOURCE = "openapi/dynamic-routes.yaml";

    public static final String ACCOUNT_ID = "0d37909e38d3e99c29fa2cd343ac421a";
    public static final String GATEWAY_ID = "54442216";
    public static final String UNKNOWN_GATEWAY_ID = "99999999";

    /** Spec example {@code allElementTypes}. */
    public static final String STATE_ROUTE_WITH_ALL_ELEMENT_TYPES =
            "gateway 54442216 has a route whose elements cover all six element types";
    /** Spec example {@code referencePage}: a route without the optional comment / is_valid fields. */
    public static final String STATE_ROUTE_WITHOUT_OPTIONAL_FIELDS =
            "gateway 54442216 has one route without the optional comment and is_valid fields";
    /** Derived from {@code allElementTypes}, see {@code SpecExampleProvider}; parameter {@code totalRoutes}. */
    public static final String STATE_MANY_ROUTES = "gateway 54442216 has more routes than fit on one page";

    public static final String STATE_PARAM_TOTAL_ROUTES = "totalRoutes";
    /** Spec example {@code badRequest}. */
    public static final String STATE_PER_PAGE_REJECTED = "the API rejects the requested per_page value";
    /** Spec example {@code error} (common envelope), status 401. */
    public static final String STATE_TOKEN_REJECTED = "the API token is not valid";
    /** Spec example {@code error} (common envelope), status 404. */
    public static final String STATE_GATEWAY_UNKNOWN = "gateway 99999999 does not exist";
    /** Spec example {@code error} (common envelope), status 429 plus a Retry-After header. */
    public static final String STATE_RATE_LIMITED = "the caller has exceeded the rate limit";

    private ContractNames() {}
}
