package org.backstop.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.backstop.core.json.StrictJson;
import org.backstop.core.problem.Checked;
import org.backstop.core.problem.Violation;

/** The contract's validation: what is accepted, and every problem named by its field. */
class AssessmentReaderTest {

	static final String FULL_EXAMPLE = """
			{
			  "age": 42, "sex": "female", "pregnant": false,
			  "pain": { "intensity": 7, "region": "lower_back", "onset": "sudden", "durationDays": 3,
			            "spasmsPerWeek": 10, "radiation": "none", "worseAtNightOrRest": false,
			            "trauma": "none" },
			  "function": { "mobility": "reduced" },
			  "symptoms": ["fever"],
			  "history": ["stomach_ulcer"],
			  "selfCare": { "weeksTried": 1, "improving": true }
			}
			""";

	@Test
	void readsTheFullExampleOfTheContract() {
		Checked<AssessmentInput> read = read(FULL_EXAMPLE);
		assertThat(read.violations()).isEmpty();
		AssessmentInput input = read.value();
		assertThat(input.age()).isEqualTo(42);
		assertThat(input.sex()).isEqualTo(Sex.FEMALE);
		assertThat(input.pain().region()).isEqualTo(Region.LOWER_BACK);
		assertThat(input.pain().onset()).isEqualTo(Onset.SUDDEN);
		assertThat(input.pain().spasmsPerWeek()).isEqualTo(10);
		assertThat(input.mobility()).isEqualTo(Mobility.REDUCED);
		assertThat(input.symptoms()).containsExactly(Symptom.FEVER);
		assertThat(input.history()).containsExactly(History.STOMACH_ULCER);
		assertThat(input.selfCare().weeksTried()).isEqualTo(1);
	}

	@Test
	void readsTheSmallestValidInput() {
		Checked<AssessmentInput> read = read(
				"{\"age\":0,\"sex\":\"other\",\"pain\":{\"intensity\":0,\"region\":\"neck\",\"durationDays\":0}}");
		assertThat(read.isValid()).isTrue();
		assertThat(read.value().symptoms()).isEmpty();
		assertThat(read.value().mobility()).isEqualTo(Mobility.NORMAL);
	}

	@Test
	void readsAPregnancyWithItsWeek() {
		Checked<AssessmentInput> read = read(
				"{\"age\":30,\"sex\":\"female\",\"pregnant\":true,\"pregnancyWeeks\":30,\"pain\":{\"intensity\":4,\"region\":\"lower_back\",\"durationDays\":2}}");
		assertThat(read.value().pregnancyWeeks()).isEqualTo(30);
	}

	@Test
	void aPregnancyWhoseWeekIsNotKnownIsAssessedAsLate() {
		Checked<AssessmentInput> read = read(
				"{\"age\":30,\"sex\":\"female\",\"pregnant\":true,\"pain\":{\"intensity\":4,\"region\":\"lower_back\",\"durationDays\":2}}");
		assertThat(read.violations()).isEmpty();
		assertThat(read.value().pregnancyWeeks()).isNull();
		assertThat(read.value().pregnancyWeeksOrZero()).isEqualTo(AssessmentInput.LATEST_PREGNANCY_WEEK);
	}

	@Test
	void aPregnancyWeekLeftOutIsNotedLikeAWeekNotSure() {
		Checked<AssessmentInput> blank = read(
				"{\"age\":30,\"sex\":\"female\",\"pregnant\":true,\"pain\":{\"intensity\":4,\"region\":\"lower_back\",\"durationDays\":2}}");
		assertThat(blank.value().notSure().questions()).containsExactly(Question.PREGNANCY_WEEKS);
		Checked<AssessmentInput> known = read(
				"{\"age\":30,\"sex\":\"female\",\"pregnant\":true,\"pregnancyWeeks\":30,\"pain\":{\"intensity\":4,\"region\":\"lower_back\",\"durationDays\":2}}");
		assertThat(known.value().notSure().questions()).isEmpty();
		Checked<AssessmentInput> notPregnant = read(
				"{\"age\":30,\"sex\":\"female\",\"pregnant\":false,\"pain\":{\"intensity\":4,\"region\":\"lower_back\",\"durationDays\":2}}");
		assertThat(notPregnant.value().notSure().questions()).isEmpty();
	}

	@Test
	void explicitNullsOfOptionalFieldsMeanNotGiven() {
		Checked<AssessmentInput> read = read(
				"{\"age\":30,\"sex\":\"male\",\"pregnant\":null,\"function\":null,\"symptoms\":null,\"pain\":{\"intensity\":4,\"region\":\"neck\",\"durationDays\":2,\"onset\":null}}");
		assertThat(read.violations()).isEmpty();
	}

	@Test
	void reportsEveryProblemAtOnceEachWithItsPath() {
		Checked<AssessmentInput> read = read("""
				{"age": 130, "sex": "f", "colour": "blue",
				 "pain": {"intensity": 11, "region": "lower_back", "durationDays": -1, "trauma": "huge"},
				 "symptoms": ["fever", "fevr", 3], "history": ["cancer", "canser"],
				 "selfCare": {"weeksTried": 2.5}}
				""");
		assertThat(read.violations()).extracting(Violation::field)
			.containsExactlyInAnyOrder("colour", "age", "sex", "pain.intensity", "pain.durationDays", "pain.trauma",
					"symptoms[1]", "symptoms[2]", "history[1]", "selfCare.weeksTried");
	}

	@ParameterizedTest(name = "{0} -> {1}: {2}")
	@CsvSource(delimiter = '|',
			textBlock = """
					{}                                                      | age                | is required
					{"age": -1}                                             | age                | must be from 0 to 120
					{"age": 121}                                            | age                | must be from 0 to 120
					{"age": "42"}                                           | age                | must be a whole number from 0 to 120
					{"age": 42.5}                                           | age                | must be a whole number from 0 to 120
					{"age": 1e400}                                          | age                | must be from 0 to 120
					{"age": 99999999999999999999}                           | age                | must be from 0 to 120
					{"age": true}                                           | age                | must be a whole number from 0 to 120
					{"sex": "F"}                                            | sex                | unknown code 'F'; allowed: female, male, other
					{"sex": 1}                                              | sex                | must be one of the codes (as a string): female, male, other
					{"pregnant": "yes"}                                     | pregnant           | must be true or false; or "not_sure" when the person cannot say
					{"pregnant": true, "sex": "male", "pregnancyWeeks": 8}  | pregnant           | cannot be true when sex is male
					{"pregnancyWeeks": 20}                                  | pregnancyWeeks     | is only allowed when pregnant is true
					{"pregnant": true, "pregnancyWeeks": 46}                | pregnancyWeeks     | must be from 0 to 45; or "not_sure" when the person cannot say
					{"pain": 7}                                             | pain               | must be a JSON object
					{"pain": {}}                                            | pain.intensity     | is required
					{"pain": {"region": "leg"}}                             | pain.region        | unknown code 'leg'; allowed: neck, upper_back, mid_back, lower_back
					{"pain": {"onset": "slow"}}                             | pain.onset         | unknown code 'slow'; allowed: sudden, gradual; or "not_sure" when the person cannot say
					{"pain": {"radiation": "foot"}}                         | pain.radiation     | unknown code 'foot'; allowed: none, buttock_thigh, below_knee, both_legs; or "not_sure" when the person cannot say
					{"pain": {"trauma": 1}}                                 | pain.trauma        | must be one of the codes (as a string): none, minor, major; or "not_sure" when the person cannot say
					{"pain": {"spasmsPerWeek": 1001}}                       | pain.spasmsPerWeek | must be from 0 to 1000
					{"pain": {"durationDays": 36501}}                       | pain.durationDays  | must be from 0 to 36500
					{"pain": {"worseAtNightOrRest": "no"}}                  | pain.worseAtNightOrRest | must be true or false; or "not_sure" when the person cannot say
					{"pain": {"colour": "red"}}                             | pain.colour        | is not a field of this object; allowed: durationDays, intensity, legSymptomsDays, onset, radiation, region, spasmsPerWeek, trauma, worseAtNightOrRest
					{"function": "ok"}                                      | function           | must be a JSON object
					{"function": {"mobility": "bad"}}                       | function.mobility  | unknown code 'bad'; allowed: normal, reduced, severely_limited, unable_to_walk; or "not_sure" when the person cannot say
					{"function": {"speed": 1}}                              | function.speed     | is not a field of this object; allowed: mobility
					{"symptoms": "fever"}                                   | symptoms           | must be a JSON array of codes
					{"symptoms": [{"code": "fever"}]}                       | symptoms[0]        | must be one of the codes (as a string): urinary_retention, urinary_incontinence, bowel_incontinence, saddle_numbness, new_sexual_dysfunction, leg_weakness, progressive_leg_weakness, foot_drop, leg_numbness, gait_unsteady, fever, chills, night_sweats, unexplained_weight_loss, chest_pain, shortness_of_breath, abdominal_pain, pulsating_abdominal_mass, tearing_pain, fainting, flank_pain, painful_urination, blood_in_urine, vomiting, morning_stiffness_over_30min, vaginal_bleeding, contractions, arm_weakness, arm_numbness, hand_clumsiness, urinary_hesitancy, leg_pain_walking_eased_by_sitting, nausea, sweating, waters_breaking, reduced_fetal_movements, pre_eclampsia_signs, weakness_both_legs, numbness_both_legs, reduced_rectal_sensation, light_headedness, confusion, rapid_breathing, heavy_vaginal_bleeding, urinary_frequency, spinal_deformity, bruising_over_spine, band_like_pain, night_pain_not_eased_by_position, better_with_movement, pain_getting_worse, progressive_arm_weakness, both_arms_affected, electric_shocks_bending_neck
					{"history": ["asthma"]}                                 | history[0]         | unknown code 'asthma'; allowed: cancer, osteoporosis, long_term_steroids, iv_drug_use, immunosuppression, recent_spinal_surgery, recent_infection, anticoagulants, kidney_disease, liver_disease, stomach_ulcer, heart_disease, asthma_nsaid_sensitive, heavy_alcohol, smoker, diabetes, raynauds, peripheral_neuropathy, recent_spinal_procedure, known_aortic_aneurysm, high_blood_pressure, connective_tissue_disorder, penetrating_wound, single_or_transplanted_kidney
					{"selfCare": {"weeksTried": 521}}                       | selfCare.weeksTried | must be from 0 to 520; or "not_sure" when the person cannot say
					{"selfCare": {"improving": 1}}                          | selfCare.improving | must be true or false; or "not_sure" when the person cannot say
					{"selfCare": {"tried": true}}                           | selfCare.tried     | is not a field of this object; allowed: improving, weeksTried
					{"pregnant": "not_sure", "sex": "male"}                 | pregnant           | cannot be "not_sure" when sex is male
					{"pregnant": "not_sure", "pregnancyWeeks": 20}          | pregnancyWeeks     | is only allowed when pregnant is true
					{"pregnant": "not sure"}                                | pregnant           | must be true or false; or "not_sure" when the person cannot say
					{"symptomsNotSure": "fever"}                            | symptomsNotSure    | must be a JSON array of codes
					""")
	void namesTheFieldAndWhatIsWrong(String json, String field, String message) {
		assertThat(read(json).violations()).extracting(Violation::field, Violation::message)
			.contains(tuple(field, message));
	}

	@Test
	void aCodeIsEitherHadOrNotSureAboutNotBoth() {
		assertThat(read("{\"symptoms\":[\"fever\"],\"symptomsNotSure\":[\"fever\"]}").violations())
			.extracting(Violation::field, Violation::message)
			.contains(tuple("symptomsNotSure", "'fever' is also in symptoms; give it in one list only"));
		assertThat(read("{\"history\":[\"cancer\"],\"historyNotSure\":[\"cancer\"]}").violations())
			.extracting(Violation::field, Violation::message)
			.contains(tuple("historyNotSure", "'cancer' is also in history; give it in one list only"));
	}

	@Test
	void everyQuestionThatCanRaiseTheLevelAcceptsNotSure() {
		Checked<AssessmentInput> read = read("""
				{"age": 30, "sex": "female", "pregnant": "not_sure",
				 "pain": {"intensity": 4, "region": "lower_back", "durationDays": 2, "onset": "not_sure",
				          "radiation": "not_sure", "legSymptomsDays": "not_sure", "worseAtNightOrRest": "not_sure",
				          "trauma": "not_sure"},
				 "function": {"mobility": "not_sure"},
				 "selfCare": {"weeksTried": "not_sure", "improving": "not_sure"},
				 "symptomsNotSure": ["saddle_numbness"], "historyNotSure": ["cancer"]}
				""");
		assertThat(read.violations()).isEmpty();
		AssessmentInput input = read.value();
		assertThat(input.notSure().questions()).containsExactlyInAnyOrder(Question.PREGNANT, Question.ONSET,
				Question.RADIATION, Question.LEG_SYMPTOMS_DAYS, Question.WORSE_AT_NIGHT_OR_REST, Question.TRAUMA,
				Question.MOBILITY, Question.SELF_CARE_WEEKS_TRIED, Question.SELF_CARE_IMPROVING);
		assertThat(input.notSure().symptoms()).containsExactly(Symptom.SADDLE_NUMBNESS);
		assertThat(input.notSure().history()).containsExactly(History.CANCER);
		assertThat(input.pregnant()).isNull();
		assertThat(input.pain().onset()).isNull();
		assertThat(input.symptoms()).isEmpty();
		Checked<AssessmentInput> weeks = read(
				"{\"age\":30,\"sex\":\"female\",\"pregnant\":true,\"pregnancyWeeks\":\"not_sure\",\"pain\":{\"intensity\":4,\"region\":\"lower_back\",\"durationDays\":2}}");
		assertThat(weeks.value().notSure().questions()).containsExactly(Question.PREGNANCY_WEEKS);
	}

	@Test
	void unknownCodesAreNeverDroppedSilently() {
		Checked<AssessmentInput> read = read(
				"{\"age\":40,\"sex\":\"male\",\"pain\":{\"intensity\":3,\"region\":\"neck\",\"durationDays\":1},\"symptoms\":[\"saddle_numbnes\"]}");
		assertThat(read.isValid()).isFalse();
		assertThat(read.violations()).extracting(Violation::field).containsExactly("symptoms[0]");
		assertThat(read.violations().get(0).message()).startsWith("unknown code 'saddle_numbnes'");
	}

	@Test
	void aVeryLongUnknownCodeIsShortenedInTheMessage() {
		String code = "x".repeat(1000);
		String message = read("{\"symptoms\":[\"" + code + "\"]}").violations()
			.stream()
			.filter((v) -> v.field().equals("symptoms[0]"))
			.findFirst()
			.orElseThrow()
			.message();
		assertThat(message).doesNotContain(code).contains("xxx...");
	}

	@Test
	void tooManyCodesInAList() {
		String many = "\"fever\",".repeat(64) + "\"fever\"";
		assertThat(read("{\"symptoms\":[" + many + "]}").violations()).extracting(Violation::field, Violation::message)
			.contains(tuple("symptoms", "has 65 entries; at most 64 are allowed"));
	}

	@Test
	void pathsOfAnArrayItemCarryItsIndex() {
		Checked<AssessmentInput> read = AssessmentReader
			.read(StrictJson.parse("{\"age\":1}".getBytes(StandardCharsets.UTF_8), 100).value(), "[3]");
		assertThat(read.violations()).extracting(Violation::field).contains("[3].sex", "[3].pain");
	}

	@ParameterizedTest(name = "root {0}")
	@CsvSource(delimiter = '|', value = { "[]", "\"text\"", "42", "null", "true" })
	void theRootMustBeAnObject(String json) {
		assertThat(read(json).violations()).extracting(Violation::field, Violation::message)
			.containsExactly(tuple("$", "must be a JSON object holding one assessment"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			empty                | ''
			whitespace           | '  \n '
			unclosed object      | {"age": 42
			trailing garbage     | {"age": 42} x
			two objects          | {} {}
			duplicate key        | {"age": 42, "age": 43}
			single quotes        | {'age': 42}
			comment              | {"age": 42 /* c */}
			""")
	void brokenJsonIsOneProblemOnTheDocument(String situation, String json) {
		Checked<AssessmentInput> read = read(json);
		assertThat(read.violations()).hasSize(1);
		assertThat(read.violations().get(0).field()).isEqualTo("$");
		assertThat(read.violations().get(0).message()).doesNotContain("Source:", "tools.jackson");
	}

	@Test
	void deepNestingIsRefusedWithoutAStackOverflow() {
		String deep = "[".repeat(100_000);
		Checked<AssessmentInput> read = AssessmentJson.readInput(deep.getBytes(StandardCharsets.UTF_8));
		assertThat(read.violations()).singleElement().satisfies((v) -> assertThat(v.field()).isEqualTo("$"));
	}

	@Test
	void aHugeStringIsRefused() {
		String json = "{\"sex\":\"" + "a".repeat(10_000) + "\"}";
		assertThat(read(json).violations()).singleElement()
			.satisfies((v) -> assertThat(v.message()).startsWith("is not valid JSON"));
	}

	@Test
	void aDocumentOverTheSizeLimitIsRefusedBeforeParsing() {
		byte[] big = new byte[StrictJson.MAX_DOCUMENT_BYTES + 1];
		java.util.Arrays.fill(big, (byte) ' ');
		assertThat(AssessmentJson.readInput(big).violations()).extracting(Violation::field, Violation::message)
			.containsExactly(tuple("$", "is 65537 bytes; at most 65536 are accepted"));
	}

	static Checked<AssessmentInput> read(String json) {
		return AssessmentJson.readInput(json.getBytes(StandardCharsets.UTF_8));
	}

}
