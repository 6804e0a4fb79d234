package org.backstop.core.testing;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.backstop.core.assessment.AssessmentInput;
import org.backstop.core.assessment.AssessmentInput.NotSure;
import org.backstop.core.assessment.AssessmentInput.Pain;
import org.backstop.core.assessment.AssessmentInput.PhysicalFunction;
import org.backstop.core.assessment.AssessmentInput.Preferences;
import org.backstop.core.assessment.AssessmentInput.SelfCare;
import org.backstop.core.assessment.Equipment;
import org.backstop.core.assessment.History;
import org.backstop.core.assessment.Medicine;
import org.backstop.core.assessment.Mobility;
import org.backstop.core.assessment.Onset;
import org.backstop.core.assessment.Question;
import org.backstop.core.assessment.Radiation;
import org.backstop.core.assessment.Region;
import org.backstop.core.assessment.Sex;
import org.backstop.core.assessment.Symptom;
import org.backstop.core.assessment.Trauma;

/**
 * Builds assessment inputs for tests, starting from a 40-year-old with three days of
 * moderate low back pain and nothing else, so that each test names only what matters to
 * it.
 */
public final class Person {

	private int age = 40;

	private Sex sex = Sex.FEMALE;

	private Boolean pregnant;

	private Integer pregnancyWeeks;

	private int intensity = 5;

	private Region region = Region.LOWER_BACK;

	private Onset onset;

	private int durationDays = 3;

	private Integer spasmsPerWeek;

	private Radiation radiation;

	private Integer legSymptomsDays;

	private Boolean worseAtNightOrRest;

	private Trauma trauma;

	private Mobility mobility;

	private final Set<Symptom> symptoms = EnumSet.noneOf(Symptom.class);

	private final Set<Question> notSureQuestions = EnumSet.noneOf(Question.class);

	private final Set<Symptom> notSureSymptoms = EnumSet.noneOf(Symptom.class);

	private final Set<History> notSureHistory = EnumSet.noneOf(History.class);

	private final Set<History> history = EnumSet.noneOf(History.class);

	private SelfCare selfCare;

	private Preferences preferences;

	public static Person adult() {
		return new Person();
	}

	public Person age(int age) {
		this.age = age;
		return this;
	}

	public Person sex(Sex sex) {
		this.sex = sex;
		return this;
	}

	public Person pregnant(int weeks) {
		this.pregnant = true;
		this.pregnancyWeeks = weeks;
		return this;
	}

	/** Pregnant (or not) without a known week. */
	public Person pregnant(boolean pregnant) {
		this.pregnant = pregnant;
		this.pregnancyWeeks = null;
		return this;
	}

	public Person pain(int intensity) {
		this.intensity = intensity;
		return this;
	}

	public Person region(Region region) {
		this.region = region;
		return this;
	}

	public Person onset(Onset onset) {
		this.onset = onset;
		return this;
	}

	public Person days(int durationDays) {
		this.durationDays = durationDays;
		return this;
	}

	public Person spasmsPerWeek(int spasmsPerWeek) {
		this.spasmsPerWeek = spasmsPerWeek;
		return this;
	}

	public Person radiation(Radiation radiation) {
		this.radiation = radiation;
		return this;
	}

	public Person legSymptomsDays(int days) {
		this.legSymptomsDays = days;
		return this;
	}

	public Person worseAtNightOrRest(boolean worse) {
		this.worseAtNightOrRest = worse;
		return this;
	}

	public Person worseAtNightOrRest() {
		this.worseAtNightOrRest = true;
		return this;
	}

	public Person trauma(Trauma trauma) {
		this.trauma = trauma;
		return this;
	}

	public Person mobility(Mobility mobility) {
		this.mobility = mobility;
		return this;
	}

	public Person with(Symptom... symptoms) {
		this.symptoms.addAll(Arrays.asList(symptoms));
		return this;
	}

	public Person history(History... history) {
		this.history.addAll(Arrays.asList(history));
		return this;
	}

	public Person selfCare(int weeksTried, boolean improving) {
		this.selfCare = new SelfCare(weeksTried, improving);
		return this;
	}

	public Person equipment(Equipment... items) {
		Preferences p = preferences();
		Set<Equipment> equipment = EnumSet.noneOf(Equipment.class);
		equipment.addAll(p.equipment());
		equipment.addAll(Arrays.asList(items));
		this.preferences = new Preferences(equipment, p.likes(), p.dislikes(), p.currentMedicines(), p.weightKg());
		return this;
	}

	public Person likes(String... activities) {
		Preferences p = preferences();
		Set<String> likes = new TreeSet<>(p.likes());
		likes.addAll(Arrays.asList(activities));
		this.preferences = new Preferences(p.equipment(), likes, p.dislikes(), p.currentMedicines(), p.weightKg());
		return this;
	}

	public Person dislikes(String... activities) {
		Preferences p = preferences();
		Set<String> dislikes = new TreeSet<>(p.dislikes());
		dislikes.addAll(Arrays.asList(activities));
		this.preferences = new Preferences(p.equipment(), p.likes(), dislikes, p.currentMedicines(), p.weightKg());
		return this;
	}

	public Person takes(Medicine... medicines) {
		Preferences p = preferences();
		Set<Medicine> taken = EnumSet.noneOf(Medicine.class);
		taken.addAll(p.currentMedicines());
		taken.addAll(Arrays.asList(medicines));
		this.preferences = new Preferences(p.equipment(), p.likes(), p.dislikes(), taken, p.weightKg());
		return this;
	}

	public Person weighs(int kg) {
		Preferences p = preferences();
		this.preferences = new Preferences(p.equipment(), p.likes(), p.dislikes(), p.currentMedicines(), kg);
		return this;
	}

	private Preferences preferences() {
		return (this.preferences != null) ? this.preferences
				: new Preferences(Set.of(), Set.of(), Set.of(), Set.of(), null);
	}

	public AssessmentInput build() {
		Pain pain = new Pain(this.intensity, this.region, this.onset, this.durationDays, this.spasmsPerWeek,
				this.radiation, this.legSymptomsDays, this.worseAtNightOrRest, this.trauma);
		PhysicalFunction function = (this.mobility != null) ? new PhysicalFunction(this.mobility) : null;
		return new AssessmentInput(this.age, this.sex, this.pregnant, this.pregnancyWeeks, pain, function,
				this.symptoms, this.history, this.selfCare, this.preferences,
				new NotSure(this.notSureQuestions, this.notSureSymptoms, this.notSureHistory));
	}

	/** Answers these questions "not sure"; their values are left blank. */
	public Person notSure(Question... questions) {
		this.notSureQuestions.addAll(List.of(questions));
		return this;
	}

	/** Is not sure whether these symptoms are present. */
	public Person notSureOf(Symptom... symptoms) {
		this.notSureSymptoms.addAll(List.of(symptoms));
		return this;
	}

	/** Is not sure whether this history applies. */
	public Person notSureOfHistory(History... history) {
		this.notSureHistory.addAll(List.of(history));
		return this;
	}

}
