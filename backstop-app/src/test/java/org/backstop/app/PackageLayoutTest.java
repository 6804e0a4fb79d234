package org.backstop.app;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
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

	/** Features about an assessment: they may use the contract model. */
	private static final String[] ASSESSMENT_FEATURES = { "org.backstop.app.assessment..",
			"org.backstop.app.careplan..", "org.backstop.app.diary..", "org.backstop.app.exercise..",
			"org.backstop.app.medicine..", "org.backstop.app.reminder..", "org.backstop.app.rules..",
			"org.backstop.app.sharing..", "org.backstop.app.summary..", "org.backstop.app.fhir..",
			"org.backstop.app.intake..", "org.backstop.app.report.." };

	/** Features with nothing to do with an assessment. */
	private static final String[] NOT_ABOUT_ASSESSMENTS = { "org.backstop.app.account..", "org.backstop.app.mail..",
			"org.backstop.app.token..", "org.backstop.app.security..", "org.backstop.app.audit..",
			"org.backstop.app.privacy..", "org.backstop.app.ratelimit..", "org.backstop.app.timer..",
			"org.backstop.app.database..", "org.backstop.app.admin..", "org.backstop.app.library..",
			"org.backstop.app.home..", "org.backstop.app.passwordreset..", "org.backstop.app.command..",
			"org.backstop.app.layout..", "org.backstop.app.questionnaire..", "org.backstop.app.clinic.." };

	/** The template folder of the fragments pages of many features share. */
	private static final String SHARED_FRAGMENTS = "fragments";

	/** What every feature's web layer shares. */
	private static final String SYSTEM = "org.backstop.app.system..";

	/**
	 * Each package is one feature, sorted into exactly one of the lists above, so a new
	 * package (or one folded into another) says on which side of the contract it lives.
	 */
	@Test
	void everyPackageIsOneFeatureOnOneSideOfTheContract() {
		Set<String> packages = APP.stream()
			.map(JavaClass::getPackageName)
			.filter((name) -> name.startsWith("org.backstop.app."))
			.map((name) -> "org.backstop.app." + name.split("\\.")[3] + "..")
			.collect(Collectors.toCollection(TreeSet::new));
		List<String> listed = new ArrayList<>(List.of(ASSESSMENT_FEATURES));
		listed.addAll(List.of(NOT_ABOUT_ASSESSMENTS));
		listed.add(SYSTEM);
		assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(packages);
	}

	/**
	 * A feature's pages live in the template folder named like its package; only
	 * {@code fragments} (the layout and the pager that pages of many features use)
	 * belongs to none.
	 */
	@Test
	void everyTemplateFolderIsNamedLikeItsFeaturesPackage() throws Exception {
		// the sources, not the build output, where a renamed folder can linger
		Path templates = Path.of("src/main/resources/templates");
		Set<String> packages = APP.stream()
			.map(JavaClass::getPackageName)
			.filter((name) -> name.startsWith("org.backstop.app."))
			.map((name) -> name.split("\\.")[3])
			.collect(Collectors.toSet());
		try (Stream<Path> entries = Files.list(templates)) {
			List<String> folders = entries.filter(Files::isDirectory)
				.map((dir) -> dir.getFileName().toString())
				.filter((folder) -> !folder.equals(SHARED_FRAGMENTS))
				.toList();
			assertThat(folders).isNotEmpty()
				.allSatisfy((folder) -> assertThat(packages).as("template folder " + folder).contains(folder));
		}
	}

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
			.resideInAPackage(SYSTEM)
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
			.resideInAPackage(SYSTEM)
			.should()
			.dependOnClassesThat(resideInAPackage("org.backstop.app..").and(resideOutsideOfPackage(SYSTEM)))
			.check(APP);
	}

}
