package dev.dynamicroutes.spec;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a spec change means for THIS client, one finding per change of a generated Java type (a
 * schema shared by five responses is reported once). Rules, each because of how the client is built:
 * <ul>
 *   <li>a new {@code oneOf} variant or enum value: compatible, with a warning (the released client
 *       decodes it as unknown, keeps it and writes it back; no typed class or constant exists yet);
 *   <li>a new optional field, parameter, schema or operation: compatible (for a parameter, as long as
 *       the handwritten layer calls the generated operation through its parameter-object form, whose
 *       signature does not change);
 *   <li>a removed field, enum value, variant, parameter or schema, a changed type or format, a field
 *       that is no longer required, a new required parameter: breaking, with the Java signatures it
 *       changes.
 * </ul>
 *
 * <pre>{@code
 * ClientImpact impact = ClientImpact.between(baselineApi, currentApi);
 * if (impact.isBreaking()) { ... impact.findings() ... }
 * }</pre>
 */
final class ClientImpact {

    /** How a finding affects clients of the last release. */
    enum Severity {
        BREAKING,
        WARNING,
        COMPATIBLE
    }

    /** Keep a Changelog section a finding belongs to. */
    enum Section {
        ADDED,
        CHANGED,
        REMOVED
    }

    /**
     * One change: {@code where} in spec terms ({@code RoutesPage.order_by_direction}), {@code what}
     * happened (for maintainers), {@code changelog} what it means to users of the client (the draft
     * CHANGELOG line; the same text as {@code what} when that already reads as one), and the generated
     * Java signatures it adds, changes or removes.
     */
    record Finding(Severity severity, Section section, String where, String what, String changelog, List<String> java) {
        @Override
        public String toString() {
            return where + ": " + what + (java.isEmpty() ? "" : " [Java: " + String.join("; ", java) + "]");
        }
    }

    private final List<Finding> findings = new ArrayList<>();
    private final OpenAPI baseline;
    private final OpenAPI current;

    private ClientImpact(OpenAPI baseline, OpenAPI current) {
        this.baseline = baseline;
        this.current = current;
    }

    static ClientImpact between(OpenAPI baseline, OpenAPI current) {
        ClientImpact impact = new ClientImpact(baseline, current);
        impact.schemas();
        impact.operations();
        return impact;
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }

    List<Finding> with(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    boolean isBreaking() {
        return !with(Severity.BREAKING).isEmpty();
    }

    /** Whether anything that generates code was added (a minor release), as opposed to docs only. */
    boolean addsSomething() {
        return findings.stream().anyMatch(f -> f.section() == Section.ADDED);
    }

    // ---- component schemas: one generated class each ----

    private void schemas() {
        Map<String, Schema<?>> before = SpecModel.schemas(baseline);
        Map<String, Schema<?>> after = SpecModel.schemas(current);
        Set<String> newVariants = newElementVariantSchemas();
        for (String name : new TreeSet<>(before.keySet())) {
            if (!after.containsKey(name)) {
                add(
                        Severity.BREAKING,
                        Section.REMOVED,
                        name,
                        "schema removed",
                        "class " + GeneratedJava.modelClass(name) + " removed");
            }
        }
        for (String name : new TreeSet<>(after.keySet())) {
            if (!before.containsKey(name)) {
                if (!newVariants.contains(name)) { // reported with its variant
                    add(
                            Severity.COMPATIBLE,
                            Section.ADDED,
                            name,
                            "new schema",
                            "class " + GeneratedJava.modelClass(name) + " added");
                }
            } else {
                schema(name, GeneratedJava.modelClass(name), before.get(name), after.get(name));
            }
        }
    }

    private Set<String> newElementVariantSchemas() {
        Set<String> old = SpecModel.elementVariants(baseline).stream()
                .map(SpecModel.Variant::schemaName)
                .collect(Collectors.toSet());
        return SpecModel.elementVariants(current).stream()
                .map(SpecModel.Variant::schemaName)
                .filter(n -> !old.contains(n))
                .collect(Collectors.toSet());
    }

    /** Compares one schema; {@code where} is its spec path, {@code owner} the generated class holding it. */
    private void schema(String where, String owner, Schema<?> old, Schema<?> now) {
        if (!Objects.equals(old.get$ref(), now.get$ref())
                || !Objects.equals(SpecModel.type(old), SpecModel.type(now))
                || !Objects.equals(old.getFormat(), now.getFormat())) {
            add(
                    Severity.BREAKING,
                    Section.CHANGED,
                    where,
                    "type changed from " + describe(old) + " to " + describe(now));
            return; // what is inside a different type is not comparable
        }
        enumValues(where, owner, old, now);
        oneOf(where, old, now);
        properties(where, owner, old, now);
        if (old.getItems() != null && now.getItems() != null) {
            schema(where + "[]", owner, old.getItems(), now.getItems());
        }
        if (old.getAdditionalProperties() instanceof Schema<?> a
                && now.getAdditionalProperties() instanceof Schema<?> b) {
            schema(where + "{*}", owner, a, b);
        }
    }

    private void properties(String where, String owner, Schema<?> old, Schema<?> now) {
        Map<String, Schema<?>> before = SpecModel.typed(old.getProperties());
        Map<String, Schema<?>> after = SpecModel.typed(now.getProperties());
        List<String> wasRequired = old.getRequired() == null ? List.of() : old.getRequired();
        List<String> isRequired = now.getRequired() == null ? List.of() : now.getRequired();
        for (Map.Entry<String, Schema<?>> e : before.entrySet()) {
            String field = e.getKey();
            String at = where + "." + field;
            Schema<?> then = e.getValue();
            Schema<?> later = after.get(field);
            if (later == null) {
                add(
                        Severity.BREAKING,
                        Section.REMOVED,
                        at,
                        wasRequired.contains(field) ? "required field removed" : "field removed",
                        GeneratedJava.getter(owner, field, then) + " removed");
                continue;
            }
            if (wasRequired.contains(field) && !isRequired.contains(field)) {
                add(
                        Severity.BREAKING,
                        Section.CHANGED,
                        at,
                        "no longer required: the client may now receive objects without it");
            }
            if (!sameType(then, later)) {
                add(
                        Severity.BREAKING,
                        Section.CHANGED,
                        at,
                        "type changed from " + describe(then) + " to " + describe(later),
                        GeneratedJava.getter(owner, field, then) + " becomes "
                                + GeneratedJava.getter(owner, field, later));
                continue;
            }
            String nestedOwner =
                    then.get$ref() == null && "object".equals(SpecModel.type(then)) && then.getProperties() != null
                            ? GeneratedJava.inlineClass(owner, field, false)
                            : then.getItems() != null && then.getItems().getProperties() != null
                                    ? GeneratedJava.inlineClass(owner, field, true)
                                    : owner;
            enumValues(at, owner, field, then, later, false);
            properties(at, nestedOwner, then, later);
            if (then.getItems() != null && later.getItems() != null) {
                if (!sameType(then.getItems(), later.getItems())) {
                    add(
                            Severity.BREAKING,
                            Section.CHANGED,
                            at + "[]",
                            "item type changed from " + describe(then.getItems()) + " to " + describe(later.getItems()),
                            GeneratedJava.getter(owner, field, then) + " becomes "
                                    + GeneratedJava.getter(owner, field, later));
                } else {
                    properties(at + "[]", nestedOwner, then.getItems(), later.getItems());
                }
            }
        }
        for (Map.Entry<String, Schema<?>> e : after.entrySet()) {
            String field = e.getKey();
            if (!before.containsKey(field)) {
                boolean required = isRequired.contains(field);
                add(
                        Severity.COMPATIBLE,
                        Section.ADDED,
                        where + "." + field,
                        required ? "new field (required in responses)" : "new optional field",
                        GeneratedJava.getter(owner, field, e.getValue()) + " added");
            }
        }
    }

    private void enumValues(String where, String owner, Schema<?> old, Schema<?> now) {
        enumValues(where, owner, null, old, now, false);
    }

    /** {@code sent}: the values are sent by the client (a parameter), not received. */
    private void enumValues(String where, String owner, String field, Schema<?> old, Schema<?> now, boolean sent) {
        List<?> before = old.getEnum() == null ? List.of() : old.getEnum();
        List<?> after = now.getEnum() == null ? List.of() : now.getEnum();
        if (before.isEmpty() && after.isEmpty()) {
            return;
        }
        String enumClass = field == null ? owner : GeneratedJava.enumClass(owner, field);
        boolean variantTag = field != null && field.equals("type") && before.size() == 1;
        for (Object value : before) {
            if (!after.contains(value)) {
                add(
                        Severity.BREAKING,
                        Section.REMOVED,
                        where,
                        "enum value `" + value + "` removed",
                        enumClass + "." + GeneratedJava.enumConstant(value) + " removed");
            }
        }
        for (Object value : after) {
            if (!before.contains(value) && !variantTag && sent) {
                // only the sender needs to know it: nothing the released client reads changes
                add(
                        Severity.COMPATIBLE,
                        Section.ADDED,
                        where,
                        "the API now accepts `" + value + "`",
                        enumClass + "." + GeneratedJava.enumConstant(value) + " added");
            } else if (!before.contains(value) && !variantTag) {
                addWithChangelog(
                        Severity.WARNING,
                        Section.ADDED,
                        where,
                        "new enum value `" + value + "` has no constant in the released client: it decodes as"
                                + " the unknown case and is written back as sent",
                        "the API may now send `" + value + "`; the client reads it as sent and writes it back"
                                + " unchanged",
                        enumClass + "." + GeneratedJava.enumConstant(value) + " added");
            }
        }
    }

    private void oneOf(String where, Schema<?> old, Schema<?> now) {
        if (old.getOneOf() == null && now.getOneOf() == null) {
            return;
        }
        Map<String, SpecModel.Variant> before = byName(SpecModel.variants(baseline, old));
        Map<String, SpecModel.Variant> after = byName(SpecModel.variants(current, now));
        for (SpecModel.Variant v : before.values()) {
            if (!after.containsKey(v.schemaName())) {
                add(
                        Severity.BREAKING,
                        Section.REMOVED,
                        where,
                        "variant `" + v.displayName() + "` (" + v.schemaName() + ") removed",
                        "class " + GeneratedJava.modelClass(v.schemaName()) + " removed");
            }
        }
        for (SpecModel.Variant v : after.values()) {
            if (!before.containsKey(v.schemaName())) {
                addWithChangelog(
                        Severity.WARNING,
                        Section.ADDED,
                        where,
                        "variant `" + v.displayName() + "` has no typed class: the client decodes it as an unknown"
                                + " element, keeps it and writes it back unchanged (" + v.schemaName() + ")",
                        "the API may now send elements of type `" + v.displayName() + "`; the client reads them"
                                + " as `UnknownElement` (`id()`, `outputs()`, `json()` as sent) and writes them back"
                                + " unchanged",
                        "class " + GeneratedJava.modelClass(v.schemaName()) + " added (not used by the client)");
            }
        }
    }

    private static Map<String, SpecModel.Variant> byName(List<SpecModel.Variant> variants) {
        Map<String, SpecModel.Variant> map = new LinkedHashMap<>();
        variants.forEach(v -> map.put(v.schemaName(), v));
        return map;
    }

    // ---- operations and their parameters and responses ----

    private void operations() {
        Map<String, Operation> before = operations(baseline);
        Map<String, Operation> after = operations(current);
        for (Map.Entry<String, Operation> e : before.entrySet()) {
            Operation now = after.get(e.getKey());
            if (now == null) {
                add(
                        Severity.BREAKING,
                        Section.REMOVED,
                        e.getKey(),
                        "operation removed",
                        GeneratedJava.API_CLASS + "." + e.getValue().getOperationId() + "(…) removed");
            } else {
                parameters(e.getKey(), e.getValue(), now);
                responses(e.getKey(), e.getValue(), now);
            }
        }
        for (Map.Entry<String, Operation> e : after.entrySet()) {
            if (!before.containsKey(e.getKey())) {
                add(
                        Severity.COMPATIBLE,
                        Section.ADDED,
                        e.getKey(),
                        "new operation (not reachable from DynamicRoutesClient yet)",
                        GeneratedJava.API_CLASS + "." + e.getValue().getOperationId() + "(…) added");
            }
        }
    }

    private static Map<String, Operation> operations(OpenAPI api) {
        Map<String, Operation> operations = new LinkedHashMap<>();
        if (api.getPaths() != null) {
            api.getPaths()
                    .forEach((path, item) -> item.readOperationsMap()
                            .forEach((PathItem.HttpMethod method, Operation op) ->
                                    operations.put(method + " " + path, op)));
        }
        return operations;
    }

    private void parameters(String where, Operation old, Operation now) {
        Map<String, Parameter> before = parameters(old);
        Map<String, Parameter> after = parameters(now);
        String operationId = now.getOperationId();
        for (Map.Entry<String, Parameter> e : before.entrySet()) {
            Parameter p = e.getValue();
            Parameter later = after.get(e.getKey());
            String at = where + " " + e.getKey();
            if (later == null) {
                add(
                        Severity.BREAKING,
                        Section.REMOVED,
                        at,
                        "parameter removed",
                        parameterJava(operationId, p) + " removed");
            } else if (!Boolean.TRUE.equals(p.getRequired()) && Boolean.TRUE.equals(later.getRequired())) {
                add(Severity.BREAKING, Section.CHANGED, at, "parameter is now required");
            } else if (!sameType(p.getSchema(), later.getSchema())) {
                add(
                        Severity.BREAKING,
                        Section.CHANGED,
                        at,
                        "type changed from " + describe(p.getSchema()) + " to " + describe(later.getSchema()),
                        parameterJava(operationId, p) + " becomes " + parameterJava(operationId, later));
            } else if (p.getSchema() != null && later.getSchema() != null) {
                enumValues(at, GeneratedJava.API_CLASS, p.getName(), p.getSchema(), later.getSchema(), true);
            }
        }
        for (Map.Entry<String, Parameter> e : after.entrySet()) {
            if (!before.containsKey(e.getKey())) {
                Parameter p = e.getValue();
                boolean required = Boolean.TRUE.equals(p.getRequired());
                add(
                        required ? Severity.BREAKING : Severity.COMPATIBLE,
                        required ? Section.CHANGED : Section.ADDED,
                        where + " " + e.getKey(),
                        required ? "new required parameter" : "new optional parameter (" + howUsersSend(p) + ")",
                        parameterJava(operationId, p) + " added",
                        GeneratedJava.positionalMethod(operationId)
                                + " gains a parameter: handwritten code must call the parameter-object form");
            }
        }
    }

    /**
     * How a user of the released client sends a new optional parameter: {@code RequestOptions} carries
     * extra query parameters and headers on every call, so no handwritten change per parameter is needed.
     */
    static String howUsersSend(Parameter p) {
        if ("query".equals(p.getIn())) {
            return "send it with `RequestOptions.builder().queryParameter(\"" + p.getName() + "\", …)`";
        }
        if ("header".equals(p.getIn())) {
            return "send it with `RequestOptions.builder().header(\"" + p.getName() + "\", …)`";
        }
        return "DynamicRoutesClient does not send it until it models it";
    }

    private static String parameterJava(String operationId, Parameter p) {
        return "query".equals(p.getIn())
                ? GeneratedJava.queryParamSetter(operationId, p.getName(), p.getSchema())
                : GeneratedJava.API_CLASS + "." + operationId + "(… " + GeneratedJava.propertyName(p.getName()) + " …)";
    }

    private static Map<String, Parameter> parameters(Operation op) {
        Map<String, Parameter> map = new LinkedHashMap<>();
        if (op.getParameters() != null) {
            op.getParameters().forEach(p -> map.put(p.getIn() + " parameter " + p.getName(), p));
        }
        return map;
    }

    private void responses(String where, Operation old, Operation now) {
        Map<String, ApiResponse> before = old.getResponses() == null ? Map.of() : old.getResponses();
        Map<String, ApiResponse> after = now.getResponses() == null ? Map.of() : now.getResponses();
        for (String status : before.keySet()) {
            if (!after.containsKey(status)) {
                add(Severity.BREAKING, Section.REMOVED, where + " response " + status, "response removed");
            } else {
                Schema<?> a = jsonSchema(baseline, before.get(status));
                Schema<?> b = jsonSchema(current, after.get(status));
                if (a != null && b != null && !sameType(a, b)) {
                    add(
                            Severity.BREAKING,
                            Section.CHANGED,
                            where + " response " + status,
                            "body changed from " + describe(a) + " to " + describe(b));
                }
            }
        }
        for (String status : after.keySet()) {
            if (!before.containsKey(status)) {
                add(Severity.COMPATIBLE, Section.ADDED, where + " response " + status, "new response");
            }
        }
    }

    private static Schema<?> jsonSchema(OpenAPI api, ApiResponse response) {
        ApiResponse resolved = response;
        if (response.get$ref() != null
                && api.getComponents() != null
                && api.getComponents().getResponses() != null) {
            resolved = api.getComponents().getResponses().get(SpecModel.refName(response.get$ref()));
        }
        if (resolved == null || resolved.getContent() == null) {
            return null;
        }
        MediaType json = resolved.getContent().get("application/json");
        return json == null ? null : json.getSchema();
    }

    // ---- helpers ----

    private static boolean sameType(Schema<?> a, Schema<?> b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        return Objects.equals(a.get$ref(), b.get$ref())
                && Objects.equals(SpecModel.type(a), SpecModel.type(b))
                && Objects.equals(a.getFormat(), b.getFormat())
                && (a.getItems() == null || b.getItems() == null || sameType(a.getItems(), b.getItems()));
    }

    private static String describe(Schema<?> s) {
        if (s == null) {
            return "nothing";
        }
        if (s.get$ref() != null) {
            return SpecModel.refName(s.get$ref());
        }
        String type = SpecModel.type(s);
        String base = type == null ? "untyped" : type + (s.getFormat() == null ? "" : " (" + s.getFormat() + ")");
        return "array".equals(type) && s.getItems() != null ? base + " of " + describe(s.getItems()) : base;
    }

    private void add(Severity severity, Section section, String where, String what, String... java) {
        addWithChangelog(severity, section, where, what, what, java);
    }

    private void addWithChangelog(
            Severity severity, Section section, String where, String what, String changelog, String... java) {
        findings.add(new Finding(severity, section, where, what, changelog, List.of(java)));
    }
}
