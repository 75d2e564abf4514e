package dev.dynamicroutes.client;

import feign.Contract;
import feign.MethodMetadata;
import java.lang.reflect.Method;

/**
 * Feign's default contract, except that {@code %2F} in an expanded path parameter stays encoded.
 * The generated {@code @RequestLine} keeps Feign's default {@code decodeSlash = true}, which would
 * turn an encoded slash in an id back into a path separator; the generated code is never edited,
 * so the flag is switched off here, on the parsed metadata.
 */
@SuppressWarnings(
        "deprecation") // the generated interface carries Feign's own annotations, which Contract.Default reads
final class SingleSegmentContract extends Contract.Default {

    @Override
    protected MethodMetadata parseAndValidateMetadata(Class<?> targetType, Method method) {
        MethodMetadata metadata = super.parseAndValidateMetadata(targetType, method);
        metadata.template().decodeSlash(false);
        return metadata;
    }
}
