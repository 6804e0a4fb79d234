package org.backstop.core.assessment;

import org.backstop.core.json.Coded;

/** Conditions, medicines and habits that change what a symptom means or what is safe. */
public enum History implements Coded {

	CANCER, OSTEOPOROSIS, LONG_TERM_STEROIDS, IV_DRUG_USE, IMMUNOSUPPRESSION, RECENT_SPINAL_SURGERY, RECENT_INFECTION,
	ANTICOAGULANTS, KIDNEY_DISEASE, LIVER_DISEASE, STOMACH_ULCER, HEART_DISEASE, ASTHMA_NSAID_SENSITIVE, HEAVY_ALCOHOL,
	SMOKER, DIABETES, RAYNAUDS, PERIPHERAL_NEUROPATHY, RECENT_SPINAL_PROCEDURE, KNOWN_AORTIC_ANEURYSM,
	HIGH_BLOOD_PRESSURE, CONNECTIVE_TISSUE_DISORDER, PENETRATING_WOUND, SINGLE_OR_TRANSPLANTED_KIDNEY;

	static final Codes<History> CODES = Coded.codes(History.class);

	@Override
	public String code() {
		return Coded.codeOf(this);
	}

}
