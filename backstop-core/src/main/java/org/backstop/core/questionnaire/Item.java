package org.backstop.core.questionnaire;

/**
 * One question of an instrument, with the whole numbers it accepts.
 *
 * @param id stable key, used in answers and in messages
 * @param text Backstop's own plain words for it, or, where the exact wording is licensed,
 * a short paraphrase of its topic only (see the instrument's {@link Use})
 * @param min the lowest answer
 * @param max the highest answer
 * @param answers what the numbers mean, in plain words
 */
public record Item(String id, String text, int min, int max, String answers) {

	public Item {
		if (min > max) {
			throw new IllegalArgumentException("item " + id + ": min above max");
		}
	}

	public boolean accepts(int answer) {
		return answer >= this.min && answer <= this.max;
	}

}
