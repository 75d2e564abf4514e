package dev.dynamicroutes.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API of {@code dynamic-routes-client} and {@code dynamic-routes-testing}, listed from the
 * compiled classes (every public type and every public or protected member, with generic signatures),
 * must equal the committed {@code src/test/resources/public-api.txt}, so every change to the surface
 * shows in review. After an intended change, regenerate it with
 * {@code mvn -B -pl testing -am verify -Dtest=PublicApiListingTest -Dsurefire.failIfNoSpecifiedTests=false -Dpublic-api.update=true}
 * and commit the file.
 */
class PublicApiListingTest {

    static final Path LISTING = Path.of("src/test/resources/public-api.txt");

    static String listing() {
        TreeMap<String, List<String>> types = new TreeMap<>();
        new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages(
                                "dev.dynamicroutes.client",
                                "dev.dynamicroutes.element",
                                "dev.dynamicroutes.error",
                                "dev.dynamicroutes.graph",
                                "dev.dynamicroutes.pagination",
                                "dev.dynamicroutes.testing")
                        .stream()
                        .filter(PublicApiListingTest::isPublicApi)
                        .forEach(type -> types.put(type.getName(), members(type.reflect())));
        StringBuilder out = new StringBuilder();
        types.forEach((name, members) -> {
            out.append(members.get(0)).append('\n');
            members.subList(1, members.size())
                    .forEach(m -> out.append("  ").append(m).append('\n'));
        });
        return out.toString();
    }

    static boolean isPublicApi(JavaClass type) {
        for (JavaClass c = type; c != null; c = c.getEnclosingClass().orElse(null)) {
            if (!c.getModifiers().contains(JavaModifier.PUBLIC)) {
                return false;
            }
        }
        return !type.isAnonymousClass() && !type.getSimpleName().equals("package-info");
    }

    /**
     * The type's declaration first, then its members sorted: its own, and those it inherits from
     * non-public superclasses (callable on the public type, so part of its API; listed as
     * {@code inherited} with the class that declares them, which a public superclass lists itself).
     */
    static List<String> members(Class<?> type) {
        List<String> lines = new ArrayList<>();
        Stream.of(type.getDeclaredConstructors(), type.getDeclaredMethods(), type.getDeclaredFields())
                .flatMap(Arrays::stream)
                .map(Member.class::cast)
                .filter(PublicApiListingTest::isApiMember)
                .map(PublicApiListingTest::signature)
                .sorted()
                .forEach(lines::add);
        List<String> inherited = new ArrayList<>();
        for (Class<?> s = type.getSuperclass();
                s != null && !Modifier.isPublic(s.getModifiers());
                s = s.getSuperclass()) {
            Stream.of(s.getDeclaredMethods(), s.getDeclaredFields())
                    .flatMap(Arrays::stream)
                    .map(Member.class::cast)
                    .filter(PublicApiListingTest::isApiMember)
                    .filter(m -> !overridden(type, m))
                    .map(m -> "inherited " + signature(m))
                    .forEach(inherited::add);
        }
        inherited.stream().sorted().forEach(lines::add);
        lines.add(0, declaration(type));
        return lines;
    }

    static boolean isApiMember(Member m) {
        return !m.isSynthetic()
                && !(m instanceof Method method && method.isBridge())
                && (Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers()));
    }

    /**
     * Whether {@code type} (or a class between it and the declaring class) redeclares the method in
     * source. The public methods of a package-private superclass reappear in the public subclass as
     * compiler-made bridges; those do not count, the inherited method is the API.
     */
    static boolean overridden(Class<?> type, Member m) {
        if (!(m instanceof Method method)) {
            return false;
        }
        for (Class<?> c = type; c != method.getDeclaringClass(); c = c.getSuperclass()) {
            try {
                Method declared = c.getDeclaredMethod(method.getName(), method.getParameterTypes());
                if (!declared.isBridge() && !declared.isSynthetic()) {
                    return true;
                }
            } catch (NoSuchMethodException notHere) {
                // keep looking up the chain
            }
        }
        return false;
    }

    static String signature(Member member) {
        if (member instanceof Method method) {
            return method.toGenericString();
        }
        if (member instanceof Constructor<?> constructor) {
            return constructor.toGenericString();
        }
        return ((Field) member).toGenericString();
    }

    static String declaration(Class<?> type) {
        StringBuilder d = new StringBuilder(Modifier.toString(
                type.getModifiers() & (type.isInterface() ? Modifier.PUBLIC : Modifier.classModifiers())));
        if (type.isSealed()) {
            d.append(" sealed");
        }
        d.append(
                type.isEnum()
                        ? " enum "
                        : type.isInterface() ? " interface " : type.isRecord() ? " record " : " class ");
        d.append(type.getName());
        if (type.getGenericSuperclass() != null
                && type.getSuperclass() != Object.class
                && !type.isEnum()
                && !type.isRecord()) {
            d.append(" extends ").append(type.getGenericSuperclass().getTypeName());
        }
        if (type.getGenericInterfaces().length > 0) {
            d.append(type.isInterface() ? " extends " : " implements ");
            d.append(String.join(
                    ", ",
                    Arrays.stream(type.getGenericInterfaces())
                            .map(t -> t.getTypeName())
                            .toList()));
        }
        return d.toString();
    }

    @Test
    void thePublicApiIsTheCommittedListing() throws IOException {
        String current = listing();
        if (Boolean.getBoolean("public-api.update")) {
            Files.writeString(LISTING, current, StandardCharsets.UTF_8);
        }
        assertThat(current).as("listing generated from the compiled classes").contains("DynamicRoutesClient");
        assertThat(Files.readString(LISTING, StandardCharsets.UTF_8))
                .as("the public API changed: review it, then regenerate " + LISTING
                        + " with -Dpublic-api.update=true (see this test's javadoc)")
                .isEqualTo(current);
    }

    @Test
    void theListingShowsFeignAndGeneratedTypesNowhere() {
        assertThat(listing().lines().filter(l -> l.contains("feign.") || l.contains("dev.dynamicroutes.generated.")))
                .isEmpty();
    }
}
