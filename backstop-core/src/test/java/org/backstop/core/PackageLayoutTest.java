package org.backstop.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * How the core's packages may depend on each other. The engine at the root reads the
 * contract ({@code assessment}) and applies triage, severity and the care plan to it; the
 * contract knows none of them, and the small toolkits below it ({@code problem},
 * {@code json}) know nothing of Backstop's clinical packages.
 */
class PackageLayoutTest {

	private static final JavaClasses CORE = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.backstop.core");

	@Test
	void noPackageCycles() {
		slices().matching("org.backstop.core.(*)..").should().beFreeOfCycles().check(CORE);
	}

	@Test
	void onlyCallersUseTheEngineAtTheRoot() {
		// With the check above, this keeps the root out of every cycle too. The diary's
		// progress rules build on the engine, as the app does; the engine never uses
		// them.
		noClasses().that()
			.resideOutsideOfPackages("org.backstop.core", "org.backstop.core.progress..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.backstop.core")
			.check(CORE);
		noClasses().that()
			.resideInAPackage("org.backstop.core")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.backstop.core.progress..")
			.check(CORE);
	}

	@Test
	void problemDependsOnNothingElseInBackstop() {
		noClasses().that()
			.resideInAPackage("org.backstop.core.problem..")
			.should()
			.dependOnClassesThat()
			.resideOutsideOfPackages("org.backstop.core.problem..", "java..")
			.check(CORE);
	}

	@Test
	void jsonDependsOnlyOnProblemAndJackson() {
		noClasses().that()
			.resideInAPackage("org.backstop.core.json..")
			.should()
			.dependOnClassesThat()
			.resideOutsideOfPackages("org.backstop.core.json..", "org.backstop.core.problem..", "java..",
					"tools.jackson..", "com.fasterxml.jackson..")
			.check(CORE);
	}

	@Test
	void theContractKnowsNoneOfTheRulesThatReadIt() {
		noClasses().that()
			.resideInAPackage("org.backstop.core.assessment..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.backstop.core.triage..", "org.backstop.core.severity..",
					"org.backstop.core.careplan..", "org.backstop.core.exercise..", "org.backstop.core.medicine..")
			.check(CORE);
	}

}
