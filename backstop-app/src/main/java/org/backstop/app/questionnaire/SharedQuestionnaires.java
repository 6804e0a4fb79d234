package org.backstop.app.questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.backstop.app.audit.AuditAction;
import org.backstop.app.audit.AuditTrail;
import org.backstop.app.security.HealthDataScope;
import org.backstop.app.security.SharedRead;
import org.backstop.core.progress.DatedScore;
import org.backstop.core.progress.Trend;
import org.backstop.core.questionnaire.Instrument;
import org.backstop.core.questionnaire.Instruments;

/**
 * The questionnaires of a person who shared them: per instrument answered, the scores and
 * the trend the person's own page shows, read against the instrument's minimal clinically
 * important difference. Each read is recorded in the person's audit trail under the
 * reader's name.
 */
@Service
public class SharedQuestionnaires {

	private final ResponseRepository responses;

	private final AuditTrail audit;

	SharedQuestionnaires(ResponseRepository responses, AuditTrail audit) {
		this.responses = responses;
		this.audit = audit;
	}

	/** One entry per instrument answered; empty when the share does not cover them. */
	@Transactional
	public Optional<List<Scores>> read(SharedRead reader) {
		if (!reader.mayRead(HealthDataScope.QUESTIONNAIRES)) {
			return Optional.empty();
		}
		this.audit.record(reader, AuditAction.LIST, Questionnaires.RESOURCE, null);
		List<Response> all = this.responses.findByAccount(reader.ownerId());
		List<Scores> scores = new ArrayList<>();
		for (Instrument instrument : Instruments.ALL) {
			List<Response> answered = all.stream().filter((r) -> r.instrument().equals(instrument.id())).toList();
			if (answered.isEmpty()) {
				continue;
			}
			Response latest = answered.get(answered.size() - 1);
			scores.add(new Scores(instrument.id(), instrument.name(), instrument.min(), instrument.max(),
					answered.stream().map((r) -> new DatedScore(r.answeredOn(), r.score())).toList(), latest.band(),
					instrument.meaningfulChange().map((m) -> m.points()).orElse(null),
					Questionnaires.trend(instrument, answered).orElse(null)));
		}
		return Optional.of(scores);
	}

	/**
	 * One instrument's scores.
	 *
	 * @param instrument its id
	 * @param name its name
	 * @param min the lowest score it gives
	 * @param max the highest score it gives
	 * @param scores every score, oldest first
	 * @param latestBand the band of the latest score, or {@code null}
	 * @param mcidPoints the minimal clinically important difference in points, or
	 * {@code null} where the instrument does not measure change
	 * @param trend the change from the first to the latest score against it, or
	 * {@code null}
	 */
	public record Scores(String instrument, String name, double min, double max, List<DatedScore> scores,
			String latestBand, Double mcidPoints, Trend trend) {

		public DatedScore latest() {
			return this.scores.get(this.scores.size() - 1);
		}

	}

}
