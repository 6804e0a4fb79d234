package org.backstop.core.medicine;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.backstop.core.assessment.NotSureAnswer;

import org.backstop.core.assessment.Medicine;

/**
 * The dose guard's answer: one status for every medicine it checks, in a fixed order.
 *
 * @param engineVersion version of the rules
 * @param checkedAt the moment the answer is for
 * @param medicines one status per medicine
 * @param notSure how each pregnancy answer given as "not sure", or a pregnancy's week
 * left out, was read, as in the assessment's result; left out when there are none
 */
@JsonPropertyOrder({ "engineVersion", "checkedAt", "medicines", "notSure" })
public record MedicineCheckResult(String engineVersion, Instant checkedAt, List<MedicineStatus> medicines,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<NotSureAnswer> notSure) {

	public MedicineCheckResult {
		medicines = List.copyOf(medicines);
		notSure = (notSure != null) ? List.copyOf(notSure) : List.of();
	}

	/** An answer that read nothing the cautious way. */
	public MedicineCheckResult(String engineVersion, Instant checkedAt, List<MedicineStatus> medicines) {
		this(engineVersion, checkedAt, medicines, List.of());
	}

	/** The status of one medicine. */
	public MedicineStatus of(Medicine medicine) {
		return this.medicines.stream()
			.filter((status) -> status.medicine() == medicine)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(medicine.code() + " is not dose-checked"));
	}

}
