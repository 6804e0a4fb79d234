package org.backstop.core.questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.backstop.core.problem.Checked;
import org.backstop.core.problem.CodedText;
import org.backstop.core.problem.Violation;

/**
 * A questionnaire: its items, how it is scored and read, what change in it matters, and
 * what its licence allows. The instances are in {@link Instruments}.
 *
 * @param id stable key, such as {@code peg}
 * @param name its usual name
 * @param code the code of its score
 * @param use how Backstop may offer it, as its licence allows
 * @param items its questions, in order
 * @param mayBeLeftOut how many items may go unanswered and still give a score
 * @param min the lowest score
 * @param max the highest score; for every instrument here a higher score is worse
 * @param bands how a score is read, in order, or empty when none is published
 * @param scoringSource where the scoring and bands come from
 * @param mcid the minimal clinically important difference, or {@code null} for a
 * screening tool that is not meant to measure change
 * @param licence what the licence allows, in plain words
 * @param scoring the arithmetic, given answers already checked
 */
public record Instrument(String id, String name, Code code, Use use, List<Item> items, int mayBeLeftOut, double min,
		double max, List<Band> bands, Citation scoringSource, Mcid mcid, String licence, Scoring scoring) {

	/** Where answers sit in a request, for the paths of messages. */
	public static final String ANSWERS = "answers";

	public Instrument {
		items = List.copyOf(items);
		bands = List.copyOf(bands);
	}

	/** The arithmetic of one instrument. */
	@FunctionalInterface
	public interface Scoring {

		/**
		 * Scores answers already checked: every key is an item, every answer in range,
		 * and no more than {@link Instrument#mayBeLeftOut()} items missing.
		 */
		Score score(Instrument instrument, Map<String, Integer> answers);

	}

	public Optional<Mcid> meaningfulChange() {
		return Optional.ofNullable(this.mcid);
	}

	public Optional<Item> item(String itemId) {
		return this.items.stream().filter((item) -> item.id().equals(itemId)).findFirst();
	}

	/** Whether a score is one this instrument can give. */
	public boolean inRange(double score) {
		return score >= this.min && score <= this.max;
	}

	/**
	 * The name as problems mention it: coded, so that a reader's language can give its
	 * own words for it.
	 */
	public CodedText spokenName() {
		return CodedText.of("questionnaire.name." + this.id, this.name.replace("'", "''"));
	}

	/**
	 * Scores one set of answers, keyed by item id, or names every problem: an unknown
	 * item, an answer out of range, or too many items left out.
	 */
	public Checked<Score> score(Map<String, Integer> answers) {
		if (answers == null) {
			return Checked.invalid(List.of(Violation.of(ANSWERS, "answers.missing",
					"missing; give an answer for each item of {0}", spokenName())));
		}
		List<Violation> problems = new ArrayList<>();
		List<Item> leftOut = new ArrayList<>();
		for (Item item : this.items) {
			Integer answer = answers.get(item.id());
			if (answer == null) {
				leftOut.add(item);
			}
			else if (!item.accepts(answer)) {
				problems.add(Violation.of(path(item.id()), "answer.range",
						"must be a whole number from {0} to {1} ({2}), not {3}", item.min(), item.max(), item.answers(),
						answer));
			}
		}
		if (leftOut.size() > this.mayBeLeftOut) {
			leftOut.forEach((item) -> problems.add((this.mayBeLeftOut == 0)
					? Violation.of(path(item.id()), "answer.missing_all_needed",
							"missing; every item of {0} needs an answer", spokenName())
					: Violation.of(path(item.id()), "answer.missing_too_many",
							"missing; at most {0} item of {1} may be left out", this.mayBeLeftOut, spokenName())));
		}
		String known = this.items.stream().map(Item::id).collect(Collectors.joining(", "));
		if (answers.keySet().stream().anyMatch(Objects::isNull)) {
			problems.add(Violation.of(ANSWERS, "answer.no_item", "an answer has no item id; the items of {0} are {1}",
					spokenName(), known));
		}
		for (String key : answers.keySet()
			.stream()
			.filter(Objects::nonNull)
			.collect(Collectors.toCollection(TreeSet::new))) {
			if (item(key).isEmpty()) {
				problems.add(Violation.of(path(key), "answer.unknown_item", "is not an item of {0}; its items are {1}",
						spokenName(), known));
			}
		}
		return problems.isEmpty() ? Checked.valid(this.scoring.score(this, answers)) : Checked.invalid(problems);
	}

	private static String path(String itemId) {
		return ANSWERS + "." + itemId;
	}

}
