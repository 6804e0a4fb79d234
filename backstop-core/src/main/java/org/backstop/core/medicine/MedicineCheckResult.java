package org.backstop.core.medicine;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.backstop.core.assessment.Medicine;

/**
 * The dose guard's answer: one status for every medicine it checks, in a fixed order.
 *
 * @param engineVersion version of the rules
 * @param checkedAt the moment the answer is for
 * @param medicines one status per medicine
 */
@JsonPropertyOrder({ "engineVersion", "checkedAt", "medicines" })
public record MedicineCheckResult(String engineVersion, Instant checkedAt, List<MedicineStatus> medicines) {

	public MedicineCheckResult {
		medicines = List.copyOf(medicines);
	}

	/** The status of one medicine. */
	public MedicineStatus of(Medicine medicine) {
		return this.medicines.stream()
			.filter((status) -> status.medicine() == medicine)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(medicine.code() + " is not dose-checked"));
	}

}
