package dev.dynamicroutes.spec;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedMediaType;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.Endpoint;
import org.openapitools.openapidiff.core.model.schema.ChangedEnum;
import org.openapitools.openapidiff.core.model.schema.ChangedOneOfSchema;
import org.openapitools.openapidiff.core.model.schema.ChangedRequired;

/**
 * Walks an openapi-diff result and names every breaking change with where it is, e.g.
 * {@code GET /accounts/{account_id}/.../routes, response 200 application/json: data.routes[].name: field removed}.
 *
 * <p>Breaking is openapi-diff's own verdict (incompatible for an existing client) plus two rules of
 * ours that openapi-diff counts as compatible for a response: a removed optional field and a removed
 * enum value. Both remove something from the Java models generated from this spec (a getter, an
 * enum constant), so code compiled against the previous release stops compiling.
 *
 * <p>Whatever openapi-diff calls incompatible but this walker has no specific words for is still
 * reported (at the deepest place known), so the list is empty exactly when nothing breaks.
 */
final class BreakingChanges {

    /**
     * One breaking change: where (endpoint, response and media type, or parameter), the field path
     * inside that schema ({@code ""} for its top level, {@code null} outside any schema), and what.
     */
    record Change(String where, String path, String what) {
        String location() {
            return path == null || path.isEmpty() ? where : where + ": " + path;
        }

        @Override
        public String toString() {
            return location() + ": " + what;
        }
    }

    /** The breaking changes found under a shared schema at its first place (with its path there). */
    private record Listed(String path, List<Change> changes) {}

    private final List<Change> found = new ArrayList<>();
    // openapi-diff shares one ChangedSchema between all places that $ref the same component: walk it
    // once (it may also be recursive), and at the other places repeat what it found, re-based there
    private final Set<ChangedSchema> visited = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<ChangedSchema, Listed> listed = new IdentityHashMap<>();

    private BreakingChanges() {}

    static List<Change> in(ChangedOpenApi diff) {
        BreakingChanges walker = new BreakingChanges();
        walker.openApi(diff);
        return List.copyOf(walker.found);
    }

    private void openApi(ChangedOpenApi diff) {
        int before = found.size();
        for (Endpoint removed : diff.getMissingEndpoints()) {
            add(removed.getMethod() + " " + removed.getPathUrl(), "endpoint removed");
        }
        for (ChangedOperation operation : diff.getChangedOperations()) {
            operation(operation);
        }
        ifNothingNamed(diff, before, "the document");
    }

    private void operation(ChangedOperation op) {
        String where = op.getHttpMethod() + " " + op.getPathUrl();
        int before = found.size();
        if (op.getParameters() != null) {
            parameters(where, op.getParameters());
        }
        if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
            content(where + ", request body", op.getRequestBody().getContent());
        }
        if (op.getApiResponses() != null) {
            responses(where, op.getApiResponses());
        }
        if (isIncompatible(op.getOperationId())) {
            add(where, "operationId changed");
        }
        if (isIncompatible(op.getSecurityRequirements())) {
            add(where, "security requirements changed incompatibly");
        }
        ifNothingNamed(op, before, where);
    }

    private void parameters(String where, ChangedParameters parameters) {
        int before = found.size();
        for (Parameter removed : parameters.getMissing()) {
            add(where + ", " + removed.getIn() + " parameter " + removed.getName(), "parameter removed");
        }
        for (Parameter added : parameters.getIncreased()) {
            if (Boolean.TRUE.equals(added.getRequired())) {
                add(where + ", " + added.getIn() + " parameter " + added.getName(), "new required parameter");
            }
        }
        for (ChangedParameter changed : parameters.getChanged()) {
            String at = where + ", " + changed.getIn() + " parameter " + changed.getName();
            int beforeThis = found.size();
            if (changed.getSchema() != null) {
                schema(at, "", changed.getSchema());
            }
            ifNothingNamed(changed, beforeThis, at);
        }
        ifNothingNamed(parameters, before, where + ", parameters");
    }

    private void responses(String where, ChangedApiResponse responses) {
        int before = found.size();
        for (String status : responses.getMissing().keySet()) {
            add(where + ", response " + status, "response removed");
        }
        for (Map.Entry<String, ChangedResponse> e : responses.getChanged().entrySet()) {
            String at = where + ", response " + e.getKey();
            int beforeThis = found.size();
            if (e.getValue().getContent() != null) {
                content(at, e.getValue().getContent());
            }
            ifNothingNamed(e.getValue(), beforeThis, at);
        }
        ifNothingNamed(responses, before, where + ", responses");
    }

    private void content(String where, ChangedContent content) {
        int before = found.size();
        for (String mediaType : content.getMissing().keySet()) {
            add(where + " " + mediaType, "media type removed");
        }
        for (Map.Entry<String, ChangedMediaType> e : content.getChanged().entrySet()) {
            String at = where + " " + e.getKey();
            int beforeThis = found.size();
            if (e.getValue().getSchema() != null) {
                schema(at, "", e.getValue().getSchema());
            }
            ifNothingNamed(e.getValue(), beforeThis, at);
        }
        ifNothingNamed(content, before, where);
    }

    /** {@code path} is the field path inside the body: {@code data.routes[].version.active}. */
    private void schema(String where, String path, ChangedSchema s) {
        if (!visited.add(s)) {
            Listed first = listed.get(s);
            if (first != null) {
                for (Change c : first.changes()) {
                    found.add(new Change(
                            where, concat(path, c.path().substring(first.path().length())), c.what()));
                }
            }
            return;
        }
        boolean response = s.getContext() != null && s.getContext().isResponse();
        int before = found.size();
        if (s.isChangedType()) {
            addAt(where, path, "type changed from " + type(s.getOldSchema()) + " to " + type(s.getNewSchema()));
        }
        if (response) {
            List<String> wasRequired =
                    s.getOldSchema() == null || s.getOldSchema().getRequired() == null
                            ? List.of()
                            : s.getOldSchema().getRequired();
            for (String field : s.getMissingProperties().keySet()) {
                addAt(
                        where,
                        concat(path, "." + field),
                        wasRequired.contains(field) ? "required field removed" : "field removed");
            }
        }
        ChangedEnum<?> enumeration = s.getEnumeration();
        if (enumeration != null) {
            if (!enumeration.getMissing().isEmpty()) {
                addAt(where, path, "enum value(s) removed: " + enumeration.getMissing());
            }
            if (!enumeration.getIncreased().isEmpty() && enumeration.isIncompatible()) {
                addAt(
                        where,
                        path,
                        "enum value(s) added, which clients of the last release reject: " + enumeration.getIncreased());
            }
        }
        ChangedRequired required = s.getRequired();
        if (isIncompatible(required)) {
            addAt(
                    where,
                    path,
                    "required fields changed: now required " + required.getIncreased() + ", no longer required "
                            + required.getMissing());
        }
        ChangedOneOfSchema oneOf = s.getOneOfSchema();
        if (oneOf != null) {
            if (oneOf.isIncompatible() && !oneOf.getIncreased().isEmpty()) {
                addAt(
                        where,
                        path,
                        "oneOf variant(s) added: "
                                + shortNames(oneOf.getIncreased().keySet()));
            }
            if (oneOf.isIncompatible() && !oneOf.getMissing().isEmpty()) {
                addAt(
                        where,
                        path,
                        "oneOf variant(s) removed: "
                                + shortNames(oneOf.getMissing().keySet()));
            }
            for (Map.Entry<String, ChangedSchema> e : oneOf.getChanged().entrySet()) {
                schema(where, concat(path, "<" + shortName(e.getKey()) + ">"), e.getValue());
            }
        }
        for (Map.Entry<String, ChangedSchema> e : s.getChangedProperties().entrySet()) {
            schema(where, concat(path, "." + e.getKey()), e.getValue());
        }
        if (s.getItems() != null) {
            schema(where, concat(path, "[]"), s.getItems());
        }
        if (s.getAddProp() != null) {
            schema(where, concat(path, "{*}"), s.getAddProp());
        }
        if (found.size() == before && s.isIncompatible()) {
            addAt(where, path, "incompatible change; see the report's details");
        }
        if (found.size() > before) {
            listed.put(s, new Listed(path, List.copyOf(found.subList(before, found.size()))));
        }
    }

    /** The catch-all: openapi-diff says incompatible here, and nothing below said why. */
    private void ifNothingNamed(Changed changed, int foundBefore, String where) {
        if (found.size() == foundBefore && isIncompatible(changed)) {
            add(where, "incompatible change (" + changed.getClass().getSimpleName() + "); see the report's details");
        }
    }

    private void add(String where, String what) {
        found.add(new Change(where, null, what));
    }

    private void addAt(String where, String path, String what) {
        found.add(new Change(where, path, what));
    }

    private static boolean isIncompatible(Changed changed) {
        return changed != null && changed.isIncompatible();
    }

    /** Appends {@code ".field"}, {@code "[]"}, {@code "<Variant>"} or a longer such tail to a field path. */
    private static String concat(String path, String tail) {
        if (tail.isEmpty()) {
            return path;
        }
        if (path.isEmpty()) {
            return tail.startsWith(".") ? tail.substring(1) : tail;
        }
        return "[.<{".indexOf(tail.charAt(0)) >= 0 ? path + tail : path + "." + tail;
    }

    private static String type(Schema<?> schema) {
        if (schema == null) {
            return "nothing";
        }
        String type = schema.getType();
        if (type == null && schema.getTypes() != null && !schema.getTypes().isEmpty()) {
            type = String.join("|", schema.getTypes());
        }
        return type == null ? "untyped" : type + (schema.getFormat() == null ? "" : " (" + schema.getFormat() + ")");
    }

    private static List<String> shortNames(Set<String> refs) {
        return refs.stream().map(BreakingChanges::shortName).sorted().toList();
    }

    private static String shortName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
