package org.backstop.core.medicine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.backstop.core.assessment.AssessmentContract;
import org.backstop.core.assessment.AssessmentInput;
import org.backstop.core.assessment.History;
import org.backstop.core.assessment.Medicine;
import org.backstop.core.assessment.Question;
import org.backstop.core.json.StrictJson;
import org.backstop.core.problem.Checked;
import org.backstop.core.problem.Violation;

/**
 * The medicine check contract: what is accepted, and every problem named by its field.
 */
class MedicineCheckReaderTest {

	static final Instant CLOCK = Instant.parse("2025-03-10T12:00:00Z");

	static final String EXAMPLE = """
			{
			  "age": 42, "weightKg": 70, "history": ["heavy_alcohol"],
			  "pregnant": false,
			  "now": "2025-03-10T13:00:00+01:00",
			  "doses": [
			    { "medicine": "acetaminophen", "mg": 1000, "takenAt": "2025-03-10T08:00:00Z", "product": "Tylenol" },
			    { "medicine": "acetaminophen", "mg": 500, "takenAt": "2025-03-10T10:30:00+02:00", "product": "NyQuil" },
			    { "medicine": "ibuprofen", "mg": 400, "takenAt": "2025-03-09T20:00:00Z" }
			  ]
			}
			""";

	@Test
	void readsTheExample() {
		Checked<MedicineCheckRequest> read = read(EXAMPLE);
		assertThat(read.violations()).isEmpty();
		MedicineCheckRequest request = read.value();
		assertThat(request.age()).isEqualTo(42);
		assertThat(request.weightKg()).isEqualTo(70);
		assertThat(request.history()).containsExactly(History.HEAVY_ALCOHOL);
		assertThat(request.now()).isEqualTo(CLOCK);
		assertThat(request.doses()).hasSize(3);
		assertThat(request.doses().get(1).takenAt()).isEqualTo(Instant.parse("2025-03-10T08:30:00Z"));
		assertThat(request.doses().get(1).product()).isEqualTo("NyQuil");
		assertThat(request.doses().get(2).medicine()).isEqualTo(Medicine.IBUPROFEN);
		assertThat(request.doses().get(2).product()).isNull();
		assertThat(request.person().weightKg()).isEqualTo(70);
		assertThat(request.person().has(History.HEAVY_ALCOHOL)).isTrue();
	}

	@Test
	void onlyTheAgeIsRequiredAndNowIsTheClock() {
		Checked<MedicineCheckRequest> read = read("{\"age\": 30}");
		assertThat(read.violations()).isEmpty();
		assertThat(read.value().now()).isEqualTo(CLOCK);
		assertThat(read.value().doses()).isEmpty();
		assertThat(read.value().history()).isEmpty();
	}

	@Test
	void aDoseUpToAMinuteAheadOfNowIsAccepted() {
		assertThat(read(
				"{\"age\":30,\"doses\":[{\"medicine\":\"ibuprofen\",\"mg\":200,\"takenAt\":\"2025-03-10T12:01:00Z\"}]}")
			.isValid()).isTrue();
	}

	@Test
	void notSureOfAPregnancyIsReadAsALatePregnancy() {
		MedicineCheckRequest notSure = read("{\"age\":30,\"pregnant\":\"not_sure\"}").value();
		assertThat(notSure.pregnant()).isTrue();
		assertThat(notSure.person().pregnancyWeeksOrZero()).isEqualTo(AssessmentInput.LATEST_PREGNANCY_WEEK);
		assertThat(read("{\"age\":30,\"pregnant\":\"not_sure\",\"pregnancyWeeks\":12}").violations())
			.extracting(Violation::field, Violation::message)
			.containsExactly(tuple("pregnancyWeeks", "is only allowed when pregnant is true"));
	}

	@Test
	void aPregnancyWithoutItsWeekCountsAsLate() {
		MedicineCheckRequest unknownWeek = read("{\"age\":30,\"pregnant\":true}").value();
		assertThat(unknownWeek.person().pregnancyWeeksOrZero()).isEqualTo(AssessmentInput.LATEST_PREGNANCY_WEEK);
		assertThat(read("{\"age\":30,\"pregnancyWeeks\":12}").violations())
			.extracting(Violation::field, Violation::message)
			.containsExactly(tuple("pregnancyWeeks", "is only allowed when pregnant is true"));
		MedicineCheckRequest pregnant = read("{\"age\":30,\"pregnant\":true,\"pregnancyWeeks\":12}").value();
		assertThat(pregnant.person().pregnant()).isTrue();
		assertThat(pregnant.person().pregnancyWeeksOrZero()).isEqualTo(12);
	}

	@Test
	void aWeekNotSureIsTakenAndReadAsLateAsTheAssessmentReadsIt() {
		Checked<MedicineCheckRequest> read = read("{\"age\":30,\"pregnant\":true,\"pregnancyWeeks\":\"not_sure\"}");
		assertThat(read.violations()).isEmpty();
		assertThat(read.value().pregnant()).isTrue();
		assertThat(read.value().pregnancyWeeks()).isNull();
		assertThat(read.value().person().pregnancyWeeksOrZero()).isEqualTo(AssessmentInput.LATEST_PREGNANCY_WEEK);
		assertThat(read.value().notSure()).containsExactly(Question.PREGNANCY_WEEKS);
		assertThat(MedicineCheckContract.PREGNANCY_WEEKS.presence())
			.isEqualTo(AssessmentContract.PREGNANCY_WEEKS.presence());
		for (String person : List.of("{\"age\":30,", "{\"age\":30,\"pregnant\":false,",
				"{\"age\":30,\"pregnant\":\"not_sure\",")) {
			assertThat(read(person + "\"pregnancyWeeks\":\"not_sure\"}").violations())
				.extracting(Violation::field, Violation::message)
				.containsExactly(tuple("pregnancyWeeks", "is only allowed when pregnant is true"));
		}
	}

	@Test
	void everyPregnancyAnswerReadTheCautiousWayIsNoted() {
		assertThat(read("{\"age\":30,\"pregnant\":\"not_sure\"}").value().notSure()).containsExactly(Question.PREGNANT,
				Question.PREGNANCY_WEEKS);
		assertThat(read("{\"age\":30,\"pregnant\":true}").value().notSure()).containsExactly(Question.PREGNANCY_WEEKS);
		assertThat(read("{\"age\":30,\"pregnant\":true,\"pregnancyWeeks\":12}").value().notSure()).isEmpty();
		assertThat(read("{\"age\":30,\"pregnant\":false}").value().notSure()).isEmpty();
		assertThat(read("{\"age\":30}").value().notSure()).isEmpty();
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					{}                                                                   | age
					{"age": 121}                                                         | age
					{"age": "forty"}                                                     | age
					{"age": 40, "weightKg": 1}                                           | weightKg
					{"age": 40, "history": ["stomach_ulcers"]}                           | history[0]
					{"age": 40, "colour": "red"}                                         | colour
					{"age": 40, "now": "yesterday"}                                      | now
					{"age": 40, "now": "2025-03-10T12:00:00"}                            | now
					{"age": 40, "doses": {}}                                             | doses
					{"age": 40, "doses": [1]}                                            | doses[0]
					{"age": 40, "doses": [{"mg": 200, "takenAt": "2025-03-10T08:00:00Z"}]} | doses[0].medicine
					{"age": 40, "doses": [{"medicine": "ibuprofen", "takenAt": "2025-03-10T08:00:00Z"}]} | doses[0].mg
					{"age": 40, "doses": [{"medicine": "ibuprofen", "mg": 200}]}         | doses[0].takenAt
					{"age": 40, "doses": [{"medicine": "ibuprofen", "mg": 0, "takenAt": "2025-03-10T08:00:00Z"}]} | doses[0].mg
					{"age": 40, "doses": [{"medicine": "ibuprofen", "mg": 5001, "takenAt": "2025-03-10T08:00:00Z"}]} | doses[0].mg
					{"age": 40, "doses": [{"medicine": "ibuprofen", "mg": 200.5, "takenAt": "2025-03-10T08:00:00Z"}]} | doses[0].mg
					{"age": 40, "doses": [{"medicine": "ibuprofen", "mg": "200", "takenAt": "2025-03-10T08:00:00Z"}]} | doses[0].mg
					{"age": 40, "doses": [{"medicine": "ibuprofen", "mg": 200, "takenAt": 1741593600}]} | doses[0].takenAt
					{"age": 40, "doses": [{"medicine": "ibuprofen", "mg": 200, "takenAt": "2025-02-30T08:00:00Z"}]} | doses[0].takenAt
					{"age": 40, "doses": [{"medicine": "ibuprofen", "mg": 200, "takenAt": "2025-03-10T08:00:00Z", "dose": 1}]} | doses[0].dose
					{"age": 40, "doses": [{"medicine": "ibuprofen", "mg": 200, "takenAt": "2025-03-10T08:00:00Z", "product": 7}]} | doses[0].product
					{"age": 40, "doses": [{"medicine": "Ibuprofen", "mg": 200, "takenAt": "2025-03-10T08:00:00Z"}]} | doses[0].medicine
					{"age": 40, "doses": [{"medicine": ["ibuprofen"], "mg": 200, "takenAt": "2025-03-10T08:00:00Z"}]} | doses[0].medicine
					""")
	void eachProblemIsNamedByItsField(String json, String field) {
		Checked<MedicineCheckRequest> read = read(json);
		assertThat(read.isValid()).isFalse();
		assertThat(read.violations()).extracting(Violation::field).contains(field);
		assertThat(read.violations()).allSatisfy((v) -> assertThat(v.message()).isNotBlank());
	}

	@Test
	void aDateWithoutAnOffsetIsToldToAddOne() {
		assertThat(read(
				"{\"age\":40,\"doses\":[{\"medicine\":\"ibuprofen\",\"mg\":200,\"takenAt\":\"2025-03-10T08:00:00\"}]}")
			.violations()).singleElement().satisfies((v) -> assertThat(v.message()).contains("needs an offset"));
	}

	@Test
	void aGelOrAMuscleRelaxantIsNotADoseTheGuardCanCheck() {
		for (String code : new String[] { "diclofenac_gel", "muscle_relaxant" }) {
			Checked<MedicineCheckRequest> read = read("{\"age\":40,\"doses\":[{\"medicine\":\"" + code
					+ "\",\"mg\":200,\"takenAt\":\"2025-03-10T08:00:00Z\"}]}");
			assertThat(read.violations()).singleElement().satisfies((v) -> {
				assertThat(v.field()).isEqualTo("doses[0].medicine");
				assertThat(v.message()).startsWith(code + " has no milligram dose")
					.endsWith("ibuprofen, naproxen, aspirin, acetaminophen");
			});
		}
	}

	@Test
	void anUnknownMedicineListsTheOnesThatCanBeChecked() {
		assertThat(read(
				"{\"age\":40,\"doses\":[{\"medicine\":\"tylenol\",\"mg\":500,\"takenAt\":\"2025-03-10T08:00:00Z\"}]}")
			.violations()).extracting(Violation::field, Violation::message)
			.containsExactly(tuple("doses[0].medicine",
					"unknown medicine 'tylenol'; allowed: ibuprofen, naproxen, aspirin, acetaminophen"));
	}

	@Test
	void aDoseInTheFutureIsRefused() {
		assertThat(read(
				"{\"age\":40,\"doses\":[{\"medicine\":\"ibuprofen\",\"mg\":200,\"takenAt\":\"2025-03-10T12:01:01Z\"}]}")
			.violations()).singleElement().satisfies((v) -> {
				assertThat(v.field()).isEqualTo("doses[0].takenAt");
				assertThat(v.message()).startsWith("is in the future");
			});
	}

	@Test
	void theFutureIsMeasuredFromTheGivenNow() {
		assertThat(read(
				"{\"age\":40,\"now\":\"2025-03-01T00:00:00Z\",\"doses\":[{\"medicine\":\"ibuprofen\",\"mg\":200,\"takenAt\":\"2025-03-02T00:00:00Z\"}]}")
			.violations()).extracting(Violation::field).containsExactly("doses[0].takenAt");
	}

	@Test
	void everyProblemIsReportedAtOnce() {
		Checked<MedicineCheckRequest> read = read("""
				{"age": -1, "history": ["nope"], "doses": [
				  {"medicine": "ibuprofen", "mg": 200, "takenAt": "2025-03-10T08:00:00Z"},
				  {"medicine": "ibuprofen", "mg": 200, "takenAt": "2025-03-10T08:00:00Z"},
				  {"medicine": "aspirin", "mg": 0, "takenAt": "soon", "extra": true}
				]}
				""");
		assertThat(read.violations()).extracting(Violation::field)
			.containsExactlyInAnyOrder("age", "history[0]", "doses[2].extra", "doses[2].mg", "doses[2].takenAt");
	}

	@Test
	void tooManyDosesAndTooLongAProductNameAreRefused() {
		StringBuilder many = new StringBuilder("{\"age\":40,\"doses\":[");
		for (int i = 0; i <= MedicineCheckReader.MAX_DOSES; i++) {
			many.append((i > 0) ? "," : "")
				.append("{\"medicine\":\"ibuprofen\",\"mg\":200,\"takenAt\":\"2025-03-01T08:00:00Z\"}");
		}
		many.append("]}");
		assertThat(read(many.toString()).violations()).singleElement()
			.satisfies((v) -> assertThat(v.field()).isEqualTo("doses"));
		String longName = "x".repeat(MedicineCheckReader.MAX_PRODUCT_LENGTH + 1);
		assertThat(read(
				"{\"age\":40,\"doses\":[{\"medicine\":\"ibuprofen\",\"mg\":200,\"takenAt\":\"2025-03-01T08:00:00Z\",\"product\":\""
						+ longName + "\"}]}")
			.violations()).extracting(Violation::field).containsExactly("doses[0].product");
	}

	@Test
	void brokenJsonIsAProblemWithTheDocument() {
		assertThat(read("{\"age\": 40,").violations()).extracting(Violation::field).containsExactly("$");
		assertThat(read("[]").violations()).extracting(Violation::field).containsExactly("$");
		assertThat(read("").violations()).extracting(Violation::field).containsExactly("$");
	}

	@Test
	void theRequestReadsBackFromItsOwnJson() {
		MedicineCheckRequest request = read(EXAMPLE).value();
		byte[] json = StrictJson.mapper().writeValueAsBytes(request);
		assertThat(MedicineCheckReader.read(json, Instant.EPOCH).value()).isEqualTo(request);
	}

	private static Checked<MedicineCheckRequest> read(String json) {
		return MedicineCheckReader.read(json.getBytes(StandardCharsets.UTF_8), CLOCK);
	}

}
