package org.meetlinks.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.meetlinks.adapter.out.persistence.fixture.UntransactionalRepository;
import org.meetlinks.application.port.in.MySessionView;
import org.meetlinks.application.port.out.fixture.OutPortShowingAView;
import org.meetlinks.application.service.fixture.ServiceCallingAUseCase;
import org.meetlinks.contract.fixture.ParserUsingAnOutPort;
import org.meetlinks.domain.fixture.DomainClassUsingJpa;
import org.meetlinks.domain.fixture.FieldInjectedClass;
import org.meetlinks.domain.fixture.JulLoggingClass;
import org.meetlinks.domain.fixture.OptionalTakingClass;
import org.meetlinks.domain.fixture.PrintingClass;

/** The rules are not vacuous: each reports a deliberately broken fixture, and an empty package. */
class RulesCanFailTest {
    private static final JavaClasses FIXTURES = new ClassFileImporter()
            .importClasses(
                    DomainClassUsingJpa.class, FieldInjectedClass.class, PrintingClass.class, JulLoggingClass.class);

    @Test
    void a_domain_class_using_jpa_breaks_the_domain_and_jpa_rules() {
        assertThat(ArchitectureRules.DOMAIN_IS_PLAIN_JAVA.evaluate(FIXTURES).hasViolation())
                .isTrue();
        assertThat(ArchitectureRules.JPA_STAYS_IN_PERSISTENCE.evaluate(FIXTURES).hasViolation())
                .isTrue();
    }

    @Test
    void field_injection_and_printing_are_reported() {
        assertThat(ArchitectureRules.NO_FIELD_INJECTION.evaluate(FIXTURES).hasViolation())
                .isTrue();
        assertThat(ArchitectureRules.NO_STANDARD_STREAMS.evaluate(FIXTURES).hasViolation())
                .isTrue();
    }

    @Test
    void a_second_logging_api_is_reported() {
        assertThat(ArchitectureRules.ONE_LOGGING_API.evaluate(FIXTURES).hasViolation())
                .isTrue();
    }

    @Test
    void an_optional_parameter_is_reported_and_a_lambda_over_one_is_not() {
        JavaClasses optionalTaking = new ClassFileImporter().importClasses(OptionalTakingClass.class);
        assertThat(ArchitectureRules.NO_OPTIONAL_PARAMETERS
                        .evaluate(optionalTaking)
                        .getFailureReport()
                        .getDetails())
                .anySatisfy(line -> assertThat(line).contains("greet(java.util.Optional)"))
                .allSatisfy(line -> assertThat(line).doesNotContain("lambda$"));
    }

    @Test
    void a_repository_without_its_own_transaction_is_reported() {
        JavaClasses repository = new ClassFileImporter().importClasses(UntransactionalRepository.class);
        assertThat(ArchitectureRules.REPOSITORIES_ARE_TRANSACTIONAL
                        .evaluate(repository)
                        .hasViolation())
                .isTrue();
    }

    @Test
    void a_service_calling_a_use_case_is_reported() {
        JavaClasses service = new ClassFileImporter().importClasses(ServiceCallingAUseCase.class);
        assertThat(ArchitectureRules.SERVICES_DO_NOT_CALL_USE_CASES
                        .evaluate(service)
                        .hasViolation())
                .isTrue();
    }

    @Test
    void an_out_port_carrying_an_in_port_view_is_reported() {
        JavaClasses ports = new ClassFileImporter().importClasses(OutPortShowingAView.class, MySessionView.class);
        assertThat(ArchitectureRules.PORTS_IN_AND_OUT_ARE_APART.evaluate(ports).hasViolation())
                .isTrue();
    }

    @Test
    void contract_code_using_an_out_port_is_reported() {
        JavaClasses contract = new ClassFileImporter().importClasses(ParserUsingAnOutPort.class);
        assertThat(ArchitectureRules.CONTRACT_IS_AN_INBOUND_ADAPTER
                        .evaluate(contract)
                        .hasViolation())
                .isTrue();
    }

    @Test
    void a_rule_about_an_empty_package_fails() {
        JavaClasses none = new ClassFileImporter().importClasses(String.class);
        ArchRule rule = ArchitectureRules.APPLICATION_DEPENDS_ONLY_ON_DOMAIN;
        assertThatThrownBy(() -> rule.check(none)).hasMessageContaining("failed to check any classes");
    }
}
