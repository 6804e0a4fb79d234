package org.backstop.app.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * LOINC cannot be checked offline, so every LOINC code Backstop writes is pinned here
 * with its display name; the export test checks that nothing else is written. A change
 * here should be checked against loinc.org first.
 */
class LoincCodesTest {

	@Test
	void everyLoincCodeBackstopEmitsWithItsDisplayName() {
		assertThat(Loinc.emitted()).allSatisfy((code) -> assertThat(code.isLoinc()).isTrue())
			.extracting((code) -> code.code() + " | " + code.display())
			.containsExactly("72514-3 | Pain severity - 0-10 verbal numeric rating [Score] - Reported",
					"59284-0 | Patient Consent");
	}

}
