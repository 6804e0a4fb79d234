package org.backstop.core.questionnaire;

/** How Backstop may offer an instrument, as its licence allows. */
public enum Use {

	/** Free to use: a person answers it in Backstop's own plain words. */
	PERSON_ANSWERS,

	/**
	 * The scoring is a published fact and ships; the exact item wording is copyrighted
	 * and does not: items are keys with a short paraphrase of their topic, and a
	 * deployment that may show the wording supplies it.
	 */
	WORDING_NOT_SHIPPED,

	/**
	 * The licence does not allow free use of the items: a clinician who holds the form
	 * enters the answers or the score, and Backstop only scores and tracks it.
	 */
	CLINICIAN_ENTERED

}
