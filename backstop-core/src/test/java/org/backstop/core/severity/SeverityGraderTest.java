package org.backstop.core.severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backstop.core.testing.Person.adult;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.backstop.core.assessment.Mobility;
import org.backstop.core.testing.Person;

/** The grading table of FACTS section 3, row by row. */
class SeverityGraderTest {

	@ParameterizedTest(name = "pain {0} alone is {1}")
	@CsvSource({ "0, minor", "1, minor", "3, minor", "4, moderate", "6, moderate", "7, severe", "10, severe" })
	void painBands(int pain, String level) {
		SeverityResult result = SeverityGrader.grade(adult().pain(pain).build());
		assertThat(result.level().code()).isEqualTo(level);
		assertThat(result.factors()).containsExactly("Pain " + pain + " out of 10 is in the " + level + " band.");
	}

	@ParameterizedTest(name = "pain {0} with {1} mobility is {2}")
	@CsvSource({ "2, NORMAL, minor", "2, REDUCED, moderate", "5, REDUCED, moderate", "8, REDUCED, severe",
			"1, SEVERELY_LIMITED, severe", "0, UNABLE_TO_WALK, severe" })
	void mobilityRaisesTheGrade(int pain, Mobility mobility, String level) {
		assertThat(grade(adult().pain(pain).mobility(mobility)).level().code()).isEqualTo(level);
	}

	@ParameterizedTest(name = "pain {0} with {1} spasms a week is {2}")
	@CsvSource({ "2, 6, minor", "2, 7, moderate", "4, 20, moderate", "4, 30, moderate", "5, 20, moderate",
			"5, 21, severe", "3, 50, moderate" })
	void spasmFrequencyRaisesTheGrade(int pain, int spasms, String level) {
		assertThat(grade(adult().pain(pain).spasmsPerWeek(spasms)).level().code()).isEqualTo(level);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "reduced mobility | Reduced movement raises it to at least moderate.",
					"unable to walk | Not being able to walk makes it severe.",
					"daily spasms | 10 spasms a week, at least daily, raises it to at least moderate." })
	void theDecidingFactorIsNamed(String situation, String factor) {
		Person person = switch (situation) {
			case "reduced mobility" -> adult().pain(2).mobility(Mobility.REDUCED);
			case "unable to walk" -> adult().pain(2).mobility(Mobility.UNABLE_TO_WALK);
			default -> adult().pain(2).spasmsPerWeek(10);
		};
		assertThat(grade(person).factors()).contains(factor);
	}

	@ParameterizedTest(name = "a factor that does not change the grade is not listed: pain {0}")
	@CsvSource({ "5", "8" })
	void aFactorThatChangesNothingIsNotListed(int pain) {
		assertThat(grade(adult().pain(pain).mobility(Mobility.REDUCED).spasmsPerWeek(8)).factors()).hasSize(1);
	}

	@ParameterizedTest(name = "cut points are stated: pain {0}")
	@CsvSource({ "0", "9" })
	void theCutPointsAndTheirSourcesAreStated(int pain) {
		SeverityResult result = grade(adult().pain(pain));
		assertThat(result.cutPoints()).contains("0-3 minor", "4-6 moderate", "7-10 severe", "convention");
		assertThat(result.source()).contains("Serlin 1995", "Boonstra 2016");
	}

	private static SeverityResult grade(Person person) {
		return SeverityGrader.grade(person.build());
	}

}
