package org.backstop.app;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Features that are not about assessments stay clear of the assessment contract. They
 * report bad input with {@code org.backstop.core.problem} and read JSON with
 * {@code org.backstop.core.json}, so a change to the contract cannot reach them.
 */
class PackageLayoutTest {

	private static final JavaClasses APP = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.backstop.app");

	/** Features with nothing to do with an assessment. */
	private static final String[] NOT_ABOUT_ASSESSMENTS = { "org.backstop.app.account..", "org.backstop.app.mail..",
			"org.backstop.app.token..", "org.backstop.app.security..", "org.backstop.app.audit..",
			"org.backstop.app.privacy..", "org.backstop.app.ratelimit..", "org.backstop.app.timer..",
			"org.backstop.app.database..", "org.backstop.app.admin..", "org.backstop.app.library..",
			"org.backstop.app.home..", "org.backstop.app.passwordreset..", "org.backstop.app.command..",
			"org.backstop.app.layout.." };

	@Test
	void featuresThatAreNotAboutAssessmentsDoNotUseTheAssessmentContract() {
		noClasses().that()
			.resideInAnyPackage(NOT_ABOUT_ASSESSMENTS)
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.backstop.core.assessment..")
			.check(APP);
	}

	/**
	 * The shared plumbing reads JSON with {@code org.backstop.core.json} too; only the
	 * OpenAPI description names the contract, because describing it is its job.
	 */
	@Test
	void systemPlumbingDoesNotUseTheAssessmentContractExceptToDescribeIt() {
		noClasses().that()
			.resideInAPackage("org.backstop.app.system..")
			.and()
			.haveNameNotMatching("org\\.backstop\\.app\\.system\\.OpenApiContract(\\$.*)?")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.backstop.core.assessment..")
			.check(APP);
	}

	/**
	 * What every feature shares leans on no feature, so nothing that belongs to one
	 * feature can settle there.
	 */
	@Test
	void systemPlumbingDependsOnNoFeature() {
		noClasses().that()
			.resideInAPackage("org.backstop.app.system..")
			.should()
			.dependOnClassesThat(
					resideInAPackage("org.backstop.app..").and(resideOutsideOfPackage("org.backstop.app.system..")))
			.check(APP);
	}

}
