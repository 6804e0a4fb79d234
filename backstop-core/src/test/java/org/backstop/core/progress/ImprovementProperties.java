package org.backstop.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import org.backstop.core.questionnaire.Instrument;
import org.backstop.core.questionnaire.Instruments;

/**
 * What must hold for the judgement of any change on any instrument that measures change.
 */
class ImprovementProperties {

	private static final Gen<Instrument> MEASURES = pick(
			Instruments.ALL.stream().filter((instrument) -> instrument.mcid() != null).toList());

	private static Gen<Double> score(Instrument instrument) {
		return doubles().between(instrument.min(), instrument.max());
	}

	@Test
	void theJudgementIsMonotoneInTheLatestScore() {
		qt().forAll(MEASURES.flatMap((i) -> score(i).flatMap((first) -> score(i)
			.flatMap((a) -> score(i).map((b) -> List.of(i, first, Math.min(a, b), Math.max(a, b)))))))
			.checkAssert((args) -> {
				Instrument instrument = (Instrument) args.get(0);
				double first = (Double) args.get(1);
				Judgement lower = Improvement.classify(instrument.mcid(), first, (Double) args.get(2));
				Judgement higher = Improvement.classify(instrument.mcid(), first, (Double) args.get(3));
				// Declared best to worst: a higher (worse) latest score never judges
				// better.
				assertThat(lower.ordinal()).isLessThanOrEqualTo(higher.ordinal());
			});
	}

	@Test
	void noChangeIsNeverMeaningfulAndExactlyTheThresholdAlwaysIs() {
		qt().forAll(MEASURES.flatMap((i) -> score(i).map((first) -> List.of(i, first)))).checkAssert((args) -> {
			Instrument instrument = (Instrument) args.get(0);
			double first = (Double) args.get(1);
			double threshold = instrument.mcid().threshold(first);
			assertThat(Improvement.classify(instrument.mcid(), first, first)).isEqualTo(Judgement.NO_MEANINGFUL_CHANGE);
			assertThat(Improvement.classify(instrument.mcid(), first, first - threshold)).isEqualTo(Judgement.IMPROVED);
			assertThat(Improvement.classify(instrument.mcid(), first, first + threshold)).isEqualTo(Judgement.WORSE);
			assertThat(Improvement.classify(instrument.mcid(), first, first + threshold * 0.99))
				.isEqualTo(Judgement.NO_MEANINGFUL_CHANGE);
		});
	}

	@Test
	void theThresholdIsNeverBelowTheSmallestStep() {
		qt().forAll(MEASURES.flatMap((i) -> score(i).map((first) -> List.of(i, first))))
			.checkAssert((args) -> assertThat(((Instrument) args.get(0)).mcid().threshold((Double) args.get(1)))
				.isGreaterThanOrEqualTo(((Instrument) args.get(0)).mcid().smallestStep()));
	}

}
