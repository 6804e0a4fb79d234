package org.backstop.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.backstop.core.medicine.MedicineCheckContract;

/** The contracts' declarations are whole: every field sits in a declared object. */
class AssessmentContractTest {

	@Test
	void everyQuestionThatTakesNotSureIsDeclaredSoAndNoOtherField() {
		List<String> declared = AssessmentContract.FIELDS.stream()
			.filter(ContractField::acceptsNotSure)
			.map(ContractField::path)
			.toList();
		assertThat(declared)
			.containsExactlyInAnyOrderElementsOf(Arrays.stream(Question.values()).map(Question::code).toList());
	}

	@Test
	void everyFieldSitsAtTheRootOrInADeclaredObject() {
		for (List<ContractField<?>> contract : List.of(AssessmentContract.FIELDS, MedicineCheckContract.FIELDS)) {
			List<String> objects = Stream
				.concat(Stream.of(""), contract.stream()
					.filter((f) -> f.kind() == ContractField.Kind.OBJECT || f.kind() == ContractField.Kind.OBJECTS)
					.map(ContractField::innerPath))
				.toList();
			for (ContractField<?> field : contract) {
				assertThat(objects).as(field.path()).contains(field.objectPath());
			}
			assertThat(contract.stream().map(ContractField::path)).doesNotHaveDuplicates();
		}
	}

	@Test
	void aFieldIsFoundByItsPath() {
		assertThat(AssessmentContract.field("pain.intensity")).isSameAs(AssessmentContract.PAIN_INTENSITY);
		assertThat(AssessmentContract.PAIN_INTENSITY.name()).isEqualTo("intensity");
		assertThat(AssessmentContract.PAIN_INTENSITY.objectPath()).isEqualTo("pain");
		assertThat(MedicineCheckContract.DOSE_MG.objectPath()).isEqualTo(MedicineCheckContract.DOSES.innerPath());
	}

}
