package org.backstop.core.medicine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.backstop.core.assessment.NotSureAnswer;
import org.backstop.core.assessment.AssessmentInput;
import org.backstop.core.assessment.AssessmentInput.Pain;
import org.backstop.core.assessment.AssessmentInput.Preferences;
import org.backstop.core.assessment.History;
import org.backstop.core.assessment.Question;
import org.backstop.core.assessment.Region;
import org.backstop.core.assessment.Sex;

/**
 * What the dose guard needs: who takes the medicine, and what they took when. Instances
 * come from {@link MedicineCheckReader}, which checks every field; {@code now} is always
 * set (to the caller's clock when the input does not give it).
 *
 * @param age age in whole years, 0-120
 * @param weightKg body weight in kg, or {@code null}
 * @param history medical history, with the codes of the assessment, possibly empty
 * @param pregnant whether the person is pregnant
 * @param pregnancyWeeks weeks of pregnancy, given exactly when {@code pregnant} is true
 * @param now the moment to answer for
 * @param doses the doses taken, in any order, possibly empty
 * @param notSure the pregnancy answers read the cautious way: {@code pregnant} given as
 * "not sure" (read as pregnant), and {@code pregnancyWeeks} given as "not sure" or left
 * out of a pregnancy (read as late); always holds the week when {@code pregnant} is true
 * and {@code pregnancyWeeks} is {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "age", "weightKg", "history", "pregnant", "pregnancyWeeks", "now", "doses" })
public record MedicineCheckRequest(int age, Integer weightKg, Set<History> history, boolean pregnant,
		Integer pregnancyWeeks, Instant now, List<TakenDose> doses, @JsonIgnore Set<Question> notSure) {

	public MedicineCheckRequest {
		history = Collections
			.unmodifiableSet(history.isEmpty() ? EnumSet.noneOf(History.class) : EnumSet.copyOf(history));
		doses = List.copyOf(doses);
		Set<Question> questions = EnumSet.noneOf(Question.class);
		if (notSure != null) {
			questions.addAll(notSure);
		}
		// A pregnancy of unknown week is read as late (see AssessmentInput), and said so.
		if (pregnant && pregnancyWeeks == null) {
			questions.add(Question.PREGNANCY_WEEKS);
		}
		notSure = Collections.unmodifiableSet(questions);
	}

	/** A request whose answers were all given, but for a pregnancy's unknown week. */
	public MedicineCheckRequest(int age, Integer weightKg, Set<History> history, boolean pregnant,
			Integer pregnancyWeeks, Instant now, List<TakenDose> doses) {
		this(age, weightKg, history, pregnant, pregnancyWeeks, now, doses, Set.of());
	}

	/**
	 * How each pregnancy answer in {@link #notSure()} was read, in the assessment's
	 * terms: {@code pregnant} as {@code true}, the week as the latest.
	 */
	public List<NotSureAnswer> notSureReadings() {
		List<NotSureAnswer> readings = new ArrayList<>();
		for (Question question : this.notSure) {
			Object readAs = switch (question) {
				case PREGNANT -> Boolean.TRUE;
				case PREGNANCY_WEEKS -> AssessmentInput.LATEST_PREGNANCY_WEEK;
				default -> throw new IllegalStateException(question.code() + " is not asked by the dose check");
			};
			readings.add(new NotSureAnswer(question.code(), readAs));
		}
		return List.copyOf(readings);
	}

	/**
	 * The person as the care plan's contraindication rules see them.
	 * <p>
	 * Those rules ({@code Contraindications}) take a whole assessment, but a medicine
	 * check asks only what the medicine rules read: age, weight, history and pregnancy.
	 * The rest is a neutral placeholder, built here and nowhere else: a pain of 0 in the
	 * low back starting today with nothing else, and sex {@code other} (or {@code female}
	 * when pregnant), none of which any medicine rule reads. The medicines already taken
	 * are deliberately not passed as current medicines: whether a second
	 * anti-inflammatory may be taken depends on when the first was taken, which the dose
	 * guard decides from the doses themselves.
	 */
	public AssessmentInput person() {
		Pain neutralPain = new Pain(0, Region.LOWER_BACK, null, 0, null, null, null, null, null);
		Preferences weightOnly = new Preferences(Set.of(), Set.of(), Set.of(), Set.of(), this.weightKg);
		return new AssessmentInput(this.age, this.pregnant ? Sex.FEMALE : Sex.OTHER, this.pregnant, this.pregnancyWeeks,
				neutralPain, null, Set.of(), this.history, null, weightOnly, AssessmentInput.NotSure.NONE);
	}

}
