package org.backstop.core.assessment;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What a person tells Backstop about their back pain: version 1 of the assessment
 * contract. Instances come from {@link AssessmentReader}, which checks every field; an
 * optional field that was not given is {@code null} (or an empty set).
 *
 * @param age age in whole years, 0-120
 * @param sex sex as the person states it
 * @param pregnant whether the person is pregnant, or {@code null} when not answered
 * @param pregnancyWeeks weeks of pregnancy, given exactly when {@code pregnant} is true
 * @param pain the pain itself
 * @param function how well the person moves, or {@code null}
 * @param symptoms other symptoms, possibly empty
 * @param history medical history, possibly empty
 * @param selfCare what self-care has done so far, or {@code null}
 * @param preferences what the person has, likes and takes, for the care plan, or
 * {@code null}
 * @param notSure the answers the person gave as "not sure"; {@link NotSure#NONE} when
 * there are none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "age", "sex", "pregnant", "pregnancyWeeks", "pain", "function", "symptoms", "history", "selfCare",
		"preferences" })
public record AssessmentInput(int age, Sex sex, Boolean pregnant, Integer pregnancyWeeks, Pain pain,
		PhysicalFunction function, Set<Symptom> symptoms, Set<History> history, SelfCare selfCare,
		Preferences preferences, @JsonIgnore NotSure notSure) {

	public AssessmentInput {
		notSure = (notSure != null) ? notSure : NotSure.NONE;
		symptoms = Collections
			.unmodifiableSet(symptoms.isEmpty() ? EnumSet.noneOf(Symptom.class) : EnumSet.copyOf(symptoms));
		history = Collections
			.unmodifiableSet(history.isEmpty() ? EnumSet.noneOf(History.class) : EnumSet.copyOf(history));
	}

	public boolean has(Symptom symptom) {
		return this.symptoms.contains(symptom);
	}

	public boolean hasAny(Set<Symptom> any) {
		for (Symptom symptom : any) {
			if (this.symptoms.contains(symptom)) {
				return true;
			}
		}
		return false;
	}

	public boolean has(History item) {
		return this.history.contains(item);
	}

	public boolean hasAnyHistory(Set<History> any) {
		for (History item : any) {
			if (this.history.contains(item)) {
				return true;
			}
		}
		return false;
	}

	/** Whether the person said they are pregnant. */
	public boolean pregnantOrFalse() {
		return Boolean.TRUE.equals(this.pregnant);
	}

	/**
	 * Whether the person may be pregnant: they said so, or left the question blank while
	 * of an age and sex that can be. For rules where a blank must be read the cautious
	 * way.
	 */
	public boolean maybePregnant() {
		if (this.pregnant != null) {
			return this.pregnant;
		}
		return this.sex != Sex.MALE && this.age >= YOUNGEST_POSSIBLE_PREGNANCY && this.age <= OLDEST_POSSIBLE_PREGNANCY;
	}

	/** The ages at which a blank pregnancy answer is read as a possible pregnancy. */
	public static final int YOUNGEST_POSSIBLE_PREGNANCY = 10;

	public static final int OLDEST_POSSIBLE_PREGNANCY = 55;

	/**
	 * Weeks of pregnancy, or 0 when not pregnant. A pregnancy whose week was not given
	 * counts as late ({@link #LATEST_PREGNANCY_WEEK}): unknown is not absent, and every
	 * rule that depends on the week is strictest then.
	 */
	public int pregnancyWeeksOrZero() {
		if (!pregnantOrFalse()) {
			return 0;
		}
		return (this.pregnancyWeeks != null) ? this.pregnancyWeeks : LATEST_PREGNANCY_WEEK;
	}

	/** The last week the contract accepts, read when a pregnancy's week is not known. */
	public static final int LATEST_PREGNANCY_WEEK = 45;

	/** Body weight in kg, or {@code null} when not given. */
	public Integer weightKg() {
		return (this.preferences != null) ? this.preferences.weightKg() : null;
	}

	/** Whether the person already takes this medicine. */
	public boolean takes(Medicine medicine) {
		return this.preferences != null && this.preferences.currentMedicines().contains(medicine);
	}

	/** Whether the person has this at hand. */
	public boolean hasAtHand(Equipment item) {
		return this.preferences != null && this.preferences.equipment().contains(item);
	}

	/** Mobility as stated; {@code normal} when the person did not say. */
	public Mobility mobility() {
		return (this.function != null && this.function.mobility() != null) ? this.function.mobility() : Mobility.NORMAL;
	}

	/**
	 * Whether movement may be severely limited or impossible: so stated, or not answered.
	 * For rules where a blank must be read the cautious way.
	 */
	public boolean maybeSeverelyLimited() {
		if (this.function == null || this.function.mobility() == null) {
			return true;
		}
		return this.function.mobility() == Mobility.SEVERELY_LIMITED
				|| this.function.mobility() == Mobility.UNABLE_TO_WALK;
	}

	/**
	 * The pain. The fields that the contract makes optional are {@code null} when not
	 * given.
	 *
	 * @param intensity 0 (none) to 10 (worst imaginable)
	 * @param region where the pain is
	 * @param onset how it started, or {@code null}
	 * @param durationDays days since it started
	 * @param spasmsPerWeek how many spasms a week, or {@code null}
	 * @param radiation where it spreads, or {@code null}
	 * @param legSymptomsDays days since the pain or numbness reached the legs as far as
	 * it goes now (for both legs: since it became two-sided), or {@code null}: then taken
	 * to have begun with the back pain
	 * @param worseAtNightOrRest whether it is worse at night or at rest, or {@code null}
	 * @param trauma injury before it began, or {@code null}
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonPropertyOrder({ "intensity", "region", "onset", "durationDays", "spasmsPerWeek", "radiation",
			"legSymptomsDays", "worseAtNightOrRest", "trauma" })
	public record Pain(int intensity, Region region, Onset onset, int durationDays, Integer spasmsPerWeek,
			Radiation radiation, Integer legSymptomsDays, Boolean worseAtNightOrRest, Trauma trauma) {

		/**
		 * Days the leg symptoms have lasted: as given, or the back pain's days when not
		 * given. One-sided sciatica that has just become two-sided is new whatever the
		 * back pain's age.
		 */
		public int legSymptomsDaysOrDuration() {
			return (this.legSymptomsDays != null) ? this.legSymptomsDays : this.durationDays;
		}

		public Radiation radiationOrNone() {
			return (this.radiation != null) ? this.radiation : Radiation.NONE;
		}

		public Trauma traumaOrNone() {
			return (this.trauma != null) ? this.trauma : Trauma.NONE;
		}

		public boolean worseAtNightOrRestOrFalse() {
			return Boolean.TRUE.equals(this.worseAtNightOrRest);
		}

		/**
		 * Whether the pain may be worse at night or at rest: yes, or not answered. For
		 * rules where a blank must be read the cautious way.
		 */
		public boolean maybeWorseAtNightOrRest() {
			return !Boolean.FALSE.equals(this.worseAtNightOrRest);
		}

		/**
		 * Whether the pain may have begun suddenly: yes, or not answered. For rules where
		 * a blank must be read the cautious way.
		 */
		public boolean maybeSudden() {
			return this.onset != Onset.GRADUAL;
		}

		public int spasmsPerWeekOrZero() {
			return (this.spasmsPerWeek != null) ? this.spasmsPerWeek : 0;
		}

	}

	/**
	 * How well the person moves.
	 *
	 * @param mobility mobility now, or {@code null}
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record PhysicalFunction(Mobility mobility) {
	}

	/**
	 * Self-care tried so far.
	 *
	 * @param weeksTried weeks of self-care so far, or {@code null}
	 * @param improving whether the pain is getting better, or {@code null}
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record SelfCare(Integer weeksTried, Boolean improving) {

		public int weeksTriedOrZero() {
			return (this.weeksTried != null) ? this.weeksTried : 0;
		}

		public boolean notImproving() {
			return Boolean.FALSE.equals(this.improving);
		}

	}

	/**
	 * What the care plan should know about the person: what they have at hand, what they
	 * like, what they already take and what they weigh.
	 *
	 * @param equipment things at hand, possibly empty
	 * @param likes exercise ids or exercise categories the person enjoys, possibly empty
	 * @param dislikes exercise ids or categories the person would rather not do, possibly
	 * empty
	 * @param currentMedicines pain medicines already being taken, possibly empty
	 * @param weightKg body weight in kg, or {@code null}
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonPropertyOrder({ "equipment", "likes", "dislikes", "currentMedicines", "weightKg" })
	public record Preferences(Set<Equipment> equipment, Set<String> likes, Set<String> dislikes,
			Set<Medicine> currentMedicines, Integer weightKg) {

		public Preferences {
			equipment = Collections
				.unmodifiableSet(equipment.isEmpty() ? EnumSet.noneOf(Equipment.class) : EnumSet.copyOf(equipment));
			likes = Collections.unmodifiableSet(new TreeSet<>(likes));
			dislikes = Collections.unmodifiableSet(new TreeSet<>(dislikes));
			currentMedicines = Collections.unmodifiableSet(
					currentMedicines.isEmpty() ? EnumSet.noneOf(Medicine.class) : EnumSet.copyOf(currentMedicines));
		}

	}

	/**
	 * The answers a person gave as "not sure". Each is read as whichever known answer
	 * gives the most urgent result: unknown is not absent.
	 *
	 * @param questions the single answers given as "not sure"
	 * @param symptoms symptoms the person is not sure they have
	 * @param history history the person is not sure applies
	 */
	public record NotSure(Set<Question> questions, Set<Symptom> symptoms, Set<History> history) {

		public static final NotSure NONE = new NotSure(Set.of(), Set.of(), Set.of());

		public NotSure {
			questions = Collections
				.unmodifiableSet(questions.isEmpty() ? EnumSet.noneOf(Question.class) : EnumSet.copyOf(questions));
			symptoms = Collections
				.unmodifiableSet(symptoms.isEmpty() ? EnumSet.noneOf(Symptom.class) : EnumSet.copyOf(symptoms));
			history = Collections
				.unmodifiableSet(history.isEmpty() ? EnumSet.noneOf(History.class) : EnumSet.copyOf(history));
		}

		public boolean isEmpty() {
			return this.questions.isEmpty() && this.symptoms.isEmpty() && this.history.isEmpty();
		}

	}

}
