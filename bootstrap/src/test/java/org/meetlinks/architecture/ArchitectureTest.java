package org.meetlinks.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks the production classes of every module in the WAR (not the dev-only tools) against the rules. */
class ArchitectureTest {
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(
                    "org.meetlinks.domain",
                    "org.meetlinks.application",
                    "org.meetlinks.contract",
                    "org.meetlinks.adapter",
                    "org.meetlinks.bootstrap");

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("domain is plain Java", ArchitectureRules.DOMAIN_IS_PLAIN_JAVA),
                Arguments.of(
                        "application depends only on domain", ArchitectureRules.APPLICATION_DEPENDS_ONLY_ON_DOMAIN),
                Arguments.of("adapters do not know each other", ArchitectureRules.ADAPTERS_DO_NOT_KNOW_EACH_OTHER),
                Arguments.of("inner layers do not know adapters", ArchitectureRules.INNER_LAYERS_DO_NOT_KNOW_ADAPTERS),
                Arguments.of(
                        "the booking-event contract is an inbound adapter",
                        ArchitectureRules.CONTRACT_IS_AN_INBOUND_ADAPTER),
                Arguments.of("port.in and port.out are apart", ArchitectureRules.PORTS_IN_AND_OUT_ARE_APART),
                Arguments.of("services do not call use cases", ArchitectureRules.SERVICES_DO_NOT_CALL_USE_CASES),
                Arguments.of("JPA stays in persistence", ArchitectureRules.JPA_STAYS_IN_PERSISTENCE),
                Arguments.of("entities are package-private", ArchitectureRules.ENTITIES_ARE_PACKAGE_PRIVATE),
                Arguments.of("JAX-RS stays in the REST adapter", ArchitectureRules.JAX_RS_STAYS_IN_REST),
                Arguments.of("JMS stays in the JMS adapter", ArchitectureRules.JMS_STAYS_IN_JMS),
                Arguments.of("inbound ports are use cases", ArchitectureRules.INBOUND_USE_CASES_ARE_NAMED),
                Arguments.of("outbound ports are ports", ArchitectureRules.OUTBOUND_PORTS_ARE_NAMED),
                Arguments.of(
                        "fault tolerance only on outbound adapters",
                        ArchitectureRules.FAULT_TOLERANCE_ONLY_ON_OUTBOUND_ADAPTERS),
                Arguments.of("repositories are transactional", ArchitectureRules.REPOSITORIES_ARE_TRANSACTIONAL),
                Arguments.of("no field injection", ArchitectureRules.NO_FIELD_INJECTION),
                Arguments.of("no System.out or System.err", ArchitectureRules.NO_STANDARD_STREAMS),
                Arguments.of("one logging API", ArchitectureRules.ONE_LOGGING_API),
                Arguments.of("no Optional parameters", ArchitectureRules.NO_OPTIONAL_PARAMETERS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void production_code_follows(String name, ArchRule rule) {
        rule.check(PRODUCTION);
    }
}
