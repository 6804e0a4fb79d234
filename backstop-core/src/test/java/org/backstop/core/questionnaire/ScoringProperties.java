package org.backstop.core.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import org.backstop.core.problem.Checked;
import org.backstop.core.problem.Violation;

/** What must hold for any instrument and any answers. */
class ScoringProperties {

	/** Answers to every item, each anywhere in its range. */
	private static Gen<Map<String, Integer>> validAnswers(Instrument instrument) {
		return (in) -> {
			Map<String, Integer> answers = new HashMap<>();
			instrument.items().forEach((item) -> answers.put(item.id(), range(item.min(), item.max()).generate(in)));
			return answers;
		};
	}

	private static final Gen<Instrument> INSTRUMENTS = pick(Instruments.ALL);

	@Test
	void everyScoreOfValidAnswersIsWithinTheInstrumentsRange() {
		qt().forAll(INSTRUMENTS.flatMap((instrument) -> validAnswers(instrument).map((a) -> Map.entry(instrument, a))))
			.checkAssert((pair) -> {
				Checked<Score> score = pair.getKey().score(pair.getValue());
				assertThat(score.violations()).isEmpty();
				assertThat(score.value().value()).isBetween(pair.getKey().min(), pair.getKey().max());
				assertThat(score.value().instrument()).isEqualTo(pair.getKey().id());
			});
	}

	@Test
	void oneAnswerOutOfRangeIsRejectedNamingThatItemAndNoOther() {
		qt().forAll(INSTRUMENTS
			.flatMap((instrument) -> validAnswers(instrument).flatMap((answers) -> pick(instrument.items())
				.flatMap((item) -> range(1, 1000).map((by) -> new Object[] { instrument, answers, item, by })))))
			.checkAssert((args) -> {
				Instrument instrument = (Instrument) args[0];
				@SuppressWarnings("unchecked")
				Map<String, Integer> answers = new HashMap<>((Map<String, Integer>) args[1]);
				Item item = (Item) args[2];
				int by = (Integer) args[3];
				answers.put(item.id(), (by % 2 == 0) ? item.max() + by : item.min() - by);
				assertThat(instrument.score(answers).violations()).extracting(Violation::field)
					.containsExactly("answers." + item.id());
			});
	}

	@Test
	void thePegIsAlwaysTheMeanOfItsItems() {
		qt().forAll(validAnswers(Instruments.PEG)).checkAssert((answers) -> {
			double sum = answers.values().stream().mapToInt(Integer::intValue).sum();
			assertThat(Instruments.PEG.score(answers).value().value()).isCloseTo(sum / 3,
					org.assertj.core.data.Offset.offset(1e-12));
		});
	}

	@Test
	void startBacksSubscaleNeverExceedsItsTotalOrFive() {
		qt().forAll(validAnswers(Instruments.START_BACK)).checkAssert((answers) -> {
			Score score = Instruments.START_BACK.score(answers).value();
			double subscale = score.subscores().get("psychosocial");
			assertThat(subscale).isBetween(0.0, Math.min(5.0, score.value()));
			assertThat(score.band().code())
				.isEqualTo((score.value() <= 3) ? "low_risk" : (subscale >= 4) ? "high_risk" : "medium_risk");
		});
	}

}
