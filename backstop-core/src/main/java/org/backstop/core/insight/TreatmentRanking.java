package org.backstop.core.insight;

import org.backstop.core.problem.CodedText;
import java.util.List;

/**
 * The treatments a person logged, ranked by how much they seemed to help.
 *
 * @param ranked the treatments with enough uses, most estimated relief first
 * @param notEnoughData the treatments with too few uses, which are not ranked
 * @param closeCalls for each pair next to each other in the ranking whose intervals
 * overlap, a sentence saying the diary cannot yet tell which helps more
 */
public record TreatmentRanking(List<TreatmentInsight.Measured> ranked,
		List<TreatmentInsight.NotEnoughData> notEnoughData, List<CodedText> closeCalls) {

	public TreatmentRanking {
		ranked = List.copyOf(ranked);
		notEnoughData = List.copyOf(notEnoughData);
		closeCalls = List.copyOf(closeCalls);
	}

}
