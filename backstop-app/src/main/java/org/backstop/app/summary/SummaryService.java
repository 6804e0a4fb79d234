package org.backstop.app.summary;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.backstop.app.account.AccountRepository;
import org.backstop.app.assessment.AssessmentHistory;
import org.backstop.app.careplan.SharedPlan;
import org.backstop.app.diary.SharedDiary;
import org.backstop.app.questionnaire.SharedQuestionnaires;
import org.backstop.app.security.SharedRead;
import org.backstop.core.assessment.AssessmentInput;
import org.backstop.core.assessment.AssessmentJson;
import org.backstop.core.assessment.AssessmentReader;
import org.backstop.core.assessment.History;
import org.backstop.core.assessment.Symptom;
import org.backstop.core.assessment.Trauma;
import org.backstop.core.json.StrictJson;

/**
 * Puts a {@link ClinicianSummary} together from the services the person's own pages use,
 * each checking the share's scope and recording the read in the person's audit trail.
 */
@Service
public class SummaryService {

	private final AssessmentHistory history;

	private final SharedDiary diary;

	private final SharedQuestionnaires questionnaires;

	private final SharedPlan plans;

	private final AccountRepository accounts;

	private final Clock clock;

	SummaryService(AssessmentHistory history, SharedDiary diary, SharedQuestionnaires questionnaires, SharedPlan plans,
			AccountRepository accounts, Clock clock) {
		this.plans = plans;
		this.history = history;
		this.diary = diary;
		this.questionnaires = questionnaires;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Transactional
	public ClinicianSummary summarize(SharedRead reader) {
		String name = this.accounts.findById(reader.ownerId())
			.map((a) -> (a.displayName() != null && !a.displayName().isBlank()) ? a.displayName() : a.email())
			.orElse("");
		List<AssessmentHistory.Shared> assessments = this.history.shared(reader);
		boolean assessmentsShared = reader.mayRead(org.backstop.app.security.HealthDataScope.ASSESSMENTS);
		Optional<AssessmentHistory.Shared> last = assessments.isEmpty() ? Optional.empty()
				: Optional.of(assessments.get(assessments.size() - 1));
		ClinicianSummary.LatestAssessment latest = last.flatMap(SummaryService::latest).orElse(null);
		List<ClinicianSummary.AssessmentPoint> points = assessmentsShared ? points(assessments) : null;
		SharedDiary.Readout diary = this.diary.read(reader, last.map(AssessmentHistory.Shared::asLatest)).orElse(null);
		return new ClinicianSummary(reader.ownerId(), name, this.clock.instant(), reader.scopes(), latest, points,
				diary, this.questionnaires.read(reader).orElse(null), this.plans.read(reader).orElse(null));
	}

	private static List<ClinicianSummary.AssessmentPoint> points(List<AssessmentHistory.Shared> assessments) {
		List<ClinicianSummary.AssessmentPoint> points = new ArrayList<>();
		for (AssessmentHistory.Shared a : assessments) {
			JsonNode result = tree(a.resultJson());
			input(a.inputJson()).ifPresent((in) -> points
				.add(new ClinicianSummary.AssessmentPoint(a.createdAt().atZone(ZoneOffset.UTC).toLocalDate(),
						in.pain().intensity(), result.path("severity").path("level").asString(""),
						result.path("triage").path("level").asString(""))));
		}
		return points;
	}

	private static Optional<ClinicianSummary.LatestAssessment> latest(AssessmentHistory.Shared stored) {
		Optional<AssessmentInput> read = input(stored.inputJson());
		if (read.isEmpty()) {
			return Optional.empty();
		}
		JsonNode result = tree(stored.resultJson());
		List<ClinicianSummary.Reason> reasons = new ArrayList<>();
		for (JsonNode reason : result.path("triage").path("reasons")) {
			reasons.add(new ClinicianSummary.Reason(reason.path("code").asString(""), reason.path("level").asString(""),
					reason.path("text").asString(""), reason.path("source").asString("")));
		}
		return Optional.of(new ClinicianSummary.LatestAssessment(stored.id(), stored.createdAt(),
				result.path("triage").path("level").asString(""), result.path("severity").path("level").asString(""),
				reasons, warningSignAnswers(read.get())));
	}

	/**
	 * Every answer that can be a warning sign, yes or not sure, in the order the
	 * questions come: an injury, then symptoms, then history.
	 */
	static List<ClinicianSummary.Answer> warningSignAnswers(AssessmentInput input) {
		List<ClinicianSummary.Answer> answers = new ArrayList<>();
		Trauma trauma = input.pain().trauma();
		if (trauma != null && trauma != Trauma.NONE) {
			answers.add(new ClinicianSummary.Answer("assess.code.trauma." + trauma.code(), false));
		}
		for (Symptom symptom : Symptom.values()) {
			if (input.symptoms().contains(symptom) || input.notSure().symptoms().contains(symptom)) {
				answers.add(new ClinicianSummary.Answer("assess.code.symptom." + symptom.code(),
						!input.symptoms().contains(symptom)));
			}
		}
		for (History item : History.values()) {
			if (input.history().contains(item) || input.notSure().history().contains(item)) {
				answers.add(new ClinicianSummary.Answer("assess.code.history." + item.code(),
						!input.history().contains(item)));
			}
		}
		return answers;
	}

	private static Optional<AssessmentInput> input(String json) {
		return StrictJson.parse(json.getBytes(StandardCharsets.UTF_8), StrictJson.MAX_DOCUMENT_BYTES)
			.toOptional()
			.flatMap((tree) -> AssessmentReader.read(tree).toOptional());
	}

	private static JsonNode tree(String json) {
		return AssessmentJson.mapper().readTree(json);
	}

}
