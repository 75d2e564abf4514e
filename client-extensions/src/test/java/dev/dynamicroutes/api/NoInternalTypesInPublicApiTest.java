package dev.dynamicroutes.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * No Feign type and no generated type in any public signature of {@code dynamic-routes-client}:
 * return and parameter types (with their type arguments), thrown types, field types, superclasses
 * and interfaces of every public type, for every public or protected member.
 */
public class NoInternalTypesInPublicApiTest {

    static final List<String> FORBIDDEN = List.of("feign.", "dev.dynamicroutes.generated.");

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(
                    "dev.dynamicroutes.client",
                    "dev.dynamicroutes.element",
                    "dev.dynamicroutes.error",
                    "dev.dynamicroutes.graph",
                    "dev.dynamicroutes.pagination");

    /** Every public signature that mentions a forbidden type, as "Owner.member(params)" or "Owner". */
    static Set<String> leaks(JavaClasses classes) {
        Set<String> leaks = new TreeSet<>();
        for (JavaClass type : classes) {
            if (!isPublicApi(type)) {
                continue;
            }
            List<JavaType> supertypes = new ArrayList<>(type.getInterfaces());
            type.getSuperclass().ifPresent(supertypes::add);
            for (JavaType supertype : supertypes) {
                if (mentionsForbidden(supertype)) {
                    leaks.add(type.getName() + " extends/implements " + supertype.getName());
                }
            }
            for (JavaMember member : type.getMembers()) {
                if (!(member.getModifiers().contains(JavaModifier.PUBLIC)
                        || member.getModifiers().contains(JavaModifier.PROTECTED))) {
                    continue;
                }
                List<JavaType> involved = new ArrayList<>();
                if (member instanceof JavaField field) {
                    involved.add(field.getType());
                } else if (member instanceof JavaCodeUnit code) {
                    involved.add(code.getReturnType());
                    involved.addAll(code.getParameterTypes());
                    code.getThrowsClause().getTypes().forEach(involved::add);
                }
                if (involved.stream().anyMatch(NoInternalTypesInPublicApiTest::mentionsForbidden)) {
                    leaks.add(member.getFullName());
                }
            }
        }
        return leaks;
    }

    static boolean isPublicApi(JavaClass type) {
        JavaClass c = type;
        while (c != null) {
            if (!c.getModifiers().contains(JavaModifier.PUBLIC)) {
                return false;
            }
            c = c.getEnclosingClass().orElse(null);
        }
        return !type.isAnonymousClass();
    }

    static boolean mentionsForbidden(JavaType type) {
        return type.getAllInvolvedRawTypes().stream()
                .anyMatch(raw -> FORBIDDEN.stream().anyMatch(raw.getName()::startsWith));
    }

    @Test
    void noPublicSignatureMentionsFeignOrGeneratedTypes() {
        assertThat(CLASSES).as("classes imported").hasSizeGreaterThan(30);
        Set<String> leaks = leaks(CLASSES);
        assertThat(leaks).as("public signatures mentioning " + FORBIDDEN).isEmpty();
    }

    @Test
    void theRuleCatchesALeak() {
        JavaClasses leaky = new ClassFileImporter().importClasses(Leaky.class);
        assertThat(leaks(leaky))
                .anyMatch(s -> s.contains("Leaky.level()"))
                .anyMatch(s -> s.contains("Leaky.wire(java.util.List)"));
    }

    /** A public type with a Feign return type and a generated type argument, for the rule's own test. */
    public static final class Leaky {
        public feign.Logger.Level level() {
            return feign.Logger.Level.NONE;
        }

        public void wire(List<dev.dynamicroutes.generated.model.RouteDto> routes) {}
    }

    @Test
    void archUnitRuleFormAgreesForTheClientPackage() {
        // the same rule in ArchUnit's own vocabulary, reported per violating class
        ArchRule rule = ArchRuleDefinition.classes()
                .that()
                .resideInAnyPackage(
                        "dev.dynamicroutes.client", "dev.dynamicroutes.error", "dev.dynamicroutes.pagination")
                .and()
                .arePublic()
                .should(new ArchCondition<JavaClass>("not mention feign or generated types in public signatures") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        if (!isPublicApi(item)) {
                            return;
                        }
                        Set<String> found = leaks(new ClassFileImporter().importClasses(item.reflect()));
                        events.add(new SimpleConditionEvent(item, found.isEmpty(), item.getName() + ": " + found));
                    }
                });
        rule.check(CLASSES);
    }
}
