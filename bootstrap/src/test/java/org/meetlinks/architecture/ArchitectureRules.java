package org.meetlinks.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.Optional;

/** The boundaries of docs/architecture.md, as ArchUnit rules (checked by ArchitectureTest). */
final class ArchitectureRules {
    static final String DOMAIN = "org.meetlinks.domain..";
    static final String APPLICATION = "org.meetlinks.application..";
    static final String ADAPTERS = "org.meetlinks.adapter..";

    private ArchitectureRules() {}

    static final ArchRule DOMAIN_IS_PLAIN_JAVA = classes()
            .that()
            .resideInAPackage(DOMAIN)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(DOMAIN, "java..")
            .because("the domain is plain Java");

    static final ArchRule APPLICATION_DEPENDS_ONLY_ON_DOMAIN = classes()
            .that()
            .resideInAPackage(APPLICATION)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(APPLICATION, DOMAIN, "java..")
            .because("use cases are wired by CDI producers in bootstrap, not by annotations");

    static final ArchRule ADAPTERS_DO_NOT_KNOW_EACH_OTHER = slices().matching("org.meetlinks.adapter.(*).(*)..")
            .should()
            .notDependOnEachOther()
            .because("adapters meet only through the application's ports");

    static final String CONTRACT = "org.meetlinks.contract..";

    static final ArchRule INNER_LAYERS_DO_NOT_KNOW_ADAPTERS = noClasses()
            .that()
            .resideInAnyPackage(DOMAIN, APPLICATION)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(ADAPTERS, CONTRACT, "org.meetlinks.bootstrap..")
            .because("the booking-event contract is an inbound adapter's concern: use cases take commands");

    static final ArchRule CONTRACT_IS_AN_INBOUND_ADAPTER = classes()
            .that()
            .resideInAPackage(CONTRACT)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(CONTRACT, "org.meetlinks.application.port.in..", DOMAIN, "java..", "jakarta.json..")
            .because("the booking-event parser turns JSON into use-case commands, like any inbound adapter: it calls "
                    + "use cases, never out-ports, services, other adapters or a transport");

    static final ArchRule PORTS_IN_AND_OUT_ARE_APART = slices().matching("org.meetlinks.application.port.(*)..")
            .should()
            .notDependOnEachOther()
            .because("an out-port describes what a use case needs from the world, never what it shows its callers");

    static final ArchRule SERVICES_DO_NOT_CALL_USE_CASES = noClasses()
            .that()
            .resideInAPackage("org.meetlinks.application.service..")
            .should()
            .accessClassesThat(DescribedPredicate.describe(
                    "are inbound use cases",
                    (JavaClass c) -> c.getPackageName().endsWith(".port.in")
                            && c.getSimpleName().endsWith("UseCase")))
            .because("services are the use cases: one that needs another's work shares a service or a domain rule, "
                    + "not the inbound port (which adapters call)");

    static final ArchRule JPA_STAYS_IN_PERSISTENCE = noClasses()
            .that()
            .resideOutsideOfPackage("org.meetlinks.adapter.out.persistence..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta.persistence..", "org.hibernate..")
            .because("JPA types never leave adapters-out-persistence");

    static final ArchRule ENTITIES_ARE_PACKAGE_PRIVATE = classes()
            .that()
            .areAnnotatedWith("jakarta.persistence.Entity")
            .should()
            .notBePublic();

    static final ArchRule JAX_RS_STAYS_IN_REST = noClasses()
            .that()
            .resideOutsideOfPackages("org.meetlinks.adapter.in.rest..", "org.meetlinks.adapter.out.providers..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("jakarta.ws.rs..")
            .because("JAX-RS serves the REST adapter and, as MP Rest Client, the provider clients; nobody else");

    static final ArchRule JMS_STAYS_IN_JMS = noClasses()
            .that()
            .resideOutsideOfPackage("org.meetlinks.adapter.in.jms..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("jakarta.jms..");

    /** Interfaces with operations (not sealed result types such as JoinDestination). */
    private static final DescribedPredicate<JavaClass> SERVICE_INTERFACES = DescribedPredicate.describe(
            "declare operations", c -> c.isInterface() && !c.getMethods().isEmpty());

    static final ArchRule INBOUND_USE_CASES_ARE_NAMED = classes()
            .that()
            .resideInAPackage("..port.in..")
            .and(SERVICE_INTERFACES)
            .should()
            .haveSimpleNameEndingWith("UseCase");

    static final ArchRule OUTBOUND_PORTS_ARE_NAMED = classes()
            .that()
            .resideInAPackage("..port.out..")
            .and(SERVICE_INTERFACES)
            .should()
            .haveSimpleNameEndingWith("Port");

    static final ArchRule FAULT_TOLERANCE_ONLY_ON_OUTBOUND_ADAPTERS = noClasses()
            .that()
            .resideOutsideOfPackage("org.meetlinks.adapter.out..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.eclipse.microprofile.faulttolerance..")
            .because("fault tolerance belongs on outbound adapter beans, never on ports");

    private static final DescribedPredicate<JavaClass> STORAGE_PORT_ADAPTERS = DescribedPredicate.describe(
            "implement a storage port",
            c -> c.getAllRawInterfaces().stream()
                    .anyMatch(i -> i.getPackageName().endsWith(".port.out")
                            && !i.getSimpleName().equals("RunTransactionPort")));

    static final ArchRule REPOSITORIES_ARE_TRANSACTIONAL = classes()
            .that()
            .resideInAPackage("org.meetlinks.adapter.out.persistence..")
            .and(STORAGE_PORT_ADAPTERS)
            .should()
            .beAnnotatedWith("jakarta.transaction.Transactional")
            .because(
                    "every database access runs in a short transaction of its own or joins the caller's, so a thread "
                            + "never holds a pooled connection outside a transaction (and two at once): see README Architecture");

    static final ArchRule NO_FIELD_INJECTION = fields().should()
            .notBeAnnotatedWith("jakarta.inject.Inject")
            .because("dependencies arrive through constructors");

    static final ArchRule NO_STANDARD_STREAMS = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    static final ArchRule ONE_LOGGING_API = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.because(
            "the service logs through System.Logger, which needs no dependency in the domain and "
                    + "application and reaches Liberty's log through its default JUL backend all the same");

    static final ArchRule NO_OPTIONAL_PARAMETERS = codeUnits()
            .that(DescribedPredicate.describe(
                    "are written in the source",
                    (JavaCodeUnit c) -> !c.getModifiers().contains(JavaModifier.SYNTHETIC)))
            .should(new ArchCondition<JavaCodeUnit>("take no Optional parameter") {
                @Override
                public void check(JavaCodeUnit unit, ConditionEvents events) {
                    boolean takesOptional = unit.getParameters().stream()
                            .anyMatch(p -> p.getRawType().isEquivalentTo(Optional.class)
                                    && !p.isAnnotatedWith(CONFIG_PROPERTY));
                    if (takesOptional) {
                        events.add(SimpleConditionEvent.violated(
                                unit, unit.getFullName() + " takes an Optional parameter"));
                    }
                }
            })
            .because("Optional says a result may be absent; an absent argument is an overload, or the caller's "
                    + "own decision (a record's components are its constructor's parameters, so they count too). "
                    + "An optional MP Config property injected as Optional<T> is MP Config's own idiom");

    private static final String CONFIG_PROPERTY = "org.eclipse.microprofile.config.inject.ConfigProperty";
}
