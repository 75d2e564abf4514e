package dev.dynamicroutes.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import feign.QueryMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The handwritten code calls a generated operation through its query-map form (the {@code
 * ...QueryParams} parameter object) whenever the generator offers one, never through the positional
 * form. A new optional query parameter upstream adds a positional argument, which would stop the
 * client compiling; the parameter object only gains a setter (CONTRIBUTING.md "When the spec
 * changes").
 */
class GeneratedOperationsCalledThroughQueryMapsTest {

    /** Whose operations are checked: ours, which holds the generated API (and this test's stand-in for it). */
    static final String OWN_PACKAGES = "dev.dynamicroutes.";

    /** Calls to a positional overload of an operation that also has a query-map form, as "caller -> target". */
    static Set<String> positionalCalls(JavaClasses classes) {
        return callsToGeneratedApi(classes, false);
    }

    /** Resolved calls to generated operations, as "caller -> target": query-map forms, or positional ones. */
    static Set<String> callsToGeneratedApi(JavaClasses classes, boolean queryMapForm) {
        Set<String> found = new TreeSet<>();
        for (JavaClass caller : classes) {
            for (JavaMethodCall call : caller.getMethodCallsFromSelf()) {
                JavaClass owner = call.getTargetOwner();
                if (!owner.getName().startsWith(OWN_PACKAGES)) {
                    continue;
                }
                call.getTarget().resolveMember().ifPresent(target -> {
                    boolean matches = queryMapForm
                            ? takesQueryMap(target)
                            : !takesQueryMap(target) && hasQueryMapOverload(owner, target.getName());
                    if (matches) {
                        found.add(call.getOrigin().getFullName() + " -> " + target.getFullName());
                    }
                });
            }
        }
        return found;
    }

    static boolean takesQueryMap(JavaMethod method) {
        return method.getParameters().stream().anyMatch(p -> p.isAnnotatedWith(QueryMap.class));
    }

    static boolean hasQueryMapOverload(JavaClass owner, String name) {
        return owner.getMethods().stream().anyMatch(m -> m.getName().equals(name) && takesQueryMap(m));
    }

    @Test
    void theClientCallsGeneratedOperationsThroughTheirQueryMapForm() {
        JavaClasses handwritten = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("dev.dynamicroutes");
        assertThat(callsToGeneratedApi(handwritten, true))
                .as("calls through the query-map form, so the rule sees the calls it checks")
                .anyMatch(call -> call.contains("RoutesEndpoint"));
        assertThat(positionalCalls(handwritten)).isEmpty();
    }

    @Test
    void theRuleFindsAPositionalCall() {
        JavaClasses fixture = new ClassFileImporter().importClasses(PositionalCaller.class, GeneratedShapedApi.class);
        assertThat(positionalCalls(fixture))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith(PositionalCaller.class.getName() + ".positional(")
                .contains("GeneratedShapedApi.listRoutes(java.lang.String, java.lang.String, java.lang.Integer,");
    }

    /**
     * Shaped like a generated operation with both forms. Not the generated interface itself: its positional
     * form changes with every new query parameter, which is the point of the rule.
     */
    interface GeneratedShapedApi {
        Object listRoutes(String accountId, String gatewayId, Integer page, Integer perPage);

        Object listRoutes(String accountId, String gatewayId, @QueryMap Map<String, Object> queryParams);
    }

    /** Calls both forms; only the positional one breaks the rule. Compiled, never run. */
    static final class PositionalCaller {
        static Object positional(GeneratedShapedApi api) {
            return api.listRoutes("account", "gateway", 1, 50);
        }

        static Object queryMap(GeneratedShapedApi api) {
            return api.listRoutes("account", "gateway", Map.of("page", 1, "per_page", 50));
        }
    }
}
