package org.backstop.core.selfcare;

import org.backstop.core.json.Coded;

/** How strong the evidence behind a plan item is, said plainly. */
public enum EvidenceGrade implements Coded {

	/** Moderate-quality trials show a benefit (ACP 2017 grading). */
	MODERATE,
	/** Guidelines advise it, on trials of mixed quality. */
	GUIDELINE_ADVICE,
	/** Low-quality evidence of a small benefit. */
	LOW,
	/** Too little evidence to judge either way. */
	INSUFFICIENT,
	/** Studied and found no better than placebo. */
	NOT_EFFECTIVE,
	/** No good evidence for back pain; general health advice or expert guidance only. */
	GUIDANCE_ONLY;

	@Override
	public String code() {
		return Coded.codeOf(this);
	}

}
