/**
 * Routes and their elements as immutable, typed values: what a response's {@code routes[]} decode
 * into, and what users build for tests and tools ({@link dev.dynamicroutes.element.Route#builder()},
 * {@code RouteVersion.of(…)}, {@code RouteDeployment.of(…)}, {@code StartElement.of(…)}, …).
 *
 * <p>Each element is one of six known kinds or an {@link dev.dynamicroutes.element.UnknownElement}
 * that keeps a type this client does not know, with its JSON. Branch with
 * {@link dev.dynamicroutes.element.RouteElement.Visitor} (exhaustive) or a {@code switch} over the
 * sealed class {@link dev.dynamicroutes.element.RouteElement} (Java 21+), which declares and implements
 * once what every element has: id, type, outputs, unmodelled fields, label and value equality.
 *
 * <h2>Value model (measured, see benchmarks/results/RESULTS.md)</h2>
 * Routes are decoded straight from the tokens into these values by our own Jackson
 * (de)serializers, named by annotations on the classes, so plain databinding works with any
 * {@code ObjectMapper}: {@code mapper.readValue(json, Route.class)}, {@code writeValueAsString(route)}.
 * The generated models stay the spec's reflection and bind the response envelope; no generated
 * type appears in this package's API. One table, {@code ElementKinds}, maps each wire {@code type}
 * to its class, decoder, encoder and label.
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li><b>Edges are outputs.</b> Every edge is an output named as on the wire; {@link
 *       dev.dynamicroutes.element.RouteElement#outputs()} has them all, and the typed shortcuts use
 *       the same names: {@code next()}, {@code onTrue()}/{@code onFalse()} ({@code true}/{@code
 *       false} are Java keywords; the generated models use the same names), {@code success()}, {@code
 *       fallback()}. A percentage element's branches are its outputs; there is no second accessor.
 *   <li><b>Dates.</b> {@code Route.createdAt()}/{@code modifiedAt()} are {@code OffsetDateTime}: the
 *       spec promises {@code format: date-time}. Version and deployment {@code createdAt()} stay the
 *       raw {@code String}: the API documents them as plain strings ({@code "2025-03-04 10:20:00"}, no
 *       offset), so parsing would invent a time zone or fail on values the API considers valid. The
 *       route's date text is written back as received.
 *   <li><b>Validity.</b> {@code RouteVersion.validity()} is {@code VALID}, {@code INVALID} or {@code
 *       NOT_REPORTED} (older API versions omit {@code is_valid}); no {@code Optional<Boolean>}.
 *   <li><b>Ids.</b> {@code RouteElement.id()} is never null. The known kinds require an id (decoding
 *       fails otherwise); an element of an unknown kind without a string id is kept, with id {@code
 *       ""}, because passing new data through matters more than its shape; graph validation reports
 *       it as {@code MISSING_ID}.
 *   <li><b>Numbers never narrow.</b> Numeric fields are {@code BigDecimal} with the digits and scale
 *       sent, read exactly whatever the mapper's settings; a field the spec declares {@code integer}
 *       would be a range-checked {@code long}. A number that cannot be held is a {@link
 *       dev.dynamicroutes.element.RouteDecodeException} at its JSON path.
 *   <li><b>Open value sets are strings.</b> {@code RateElement.limitType()} is the wire string
 *       ({@code "count"}, {@code "cost"}, or a value added later), not an enum with an {@code UNKNOWN}
 *       constant beside a raw accessor: one accessor per fact, and a new value passes through.
 *   <li><b>Nothing new is lost.</b> {@code Route}, {@code RouteVersion}, {@code RouteDeployment} and
 *       every element keep the fields they do not model ({@code additionalProperties()}, and {@code
 *       otherProperties()} for the fields of an element's {@code properties} object) and write them
 *       back; unknown elements are written back as received, field order kept. JSON values are
 *       exposed as {@code JsonNode} copies: changing one changes nothing here.
 *   <li><b>Errors carry locations as values.</b> {@link dev.dynamicroutes.element.RouteDecodeException}
 *       has the full path as JSONPath text ({@code $.data.routes[3].elements[2].type}), which holds the
 *       indexes and the field, plus the route's and the element's id, which it does not; one accessor
 *       per fact. Builders and factories report a missing or empty required value with the same
 *       exception.
 *   <li><b>Builders where there are many fields.</b> {@code Route} has a builder; the four-to-six-field
 *       {@code RouteVersion} and {@code RouteDeployment} and each element kind have one static
 *       {@code of(…)} factory, so there is one way to make each value.
 * </ul>
 */
@NullMarked
package dev.dynamicroutes.element;

import org.jspecify.annotations.NullMarked;
