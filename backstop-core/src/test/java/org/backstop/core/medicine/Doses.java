package org.backstop.core.medicine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.backstop.core.assessment.History;
import org.backstop.core.assessment.Medicine;

/**
 * Builds medicine checks for tests: a healthy 40-year-old at a fixed moment who took
 * nothing, so that each test names only what matters to it.
 */
final class Doses {

	static final Instant NOW = Instant.parse("2025-03-10T12:00:00Z");

	private int age = 40;

	private Integer weightKg;

	private final Set<History> history = EnumSet.noneOf(History.class);

	private boolean pregnant;

	private Integer pregnancyWeeks;

	private Instant now = NOW;

	private final List<TakenDose> doses = new ArrayList<>();

	static Doses adult() {
		return new Doses();
	}

	/** A dose taken {@code hoursAgo} hours before {@link #NOW} (fractions allowed). */
	static TakenDose dose(Medicine medicine, int mg, double hoursAgo) {
		return dose(medicine, mg, hoursAgo, null);
	}

	static TakenDose dose(Medicine medicine, int mg, double hoursAgo, String product) {
		return new TakenDose(medicine, mg, NOW.minus(Duration.ofSeconds(Math.round(hoursAgo * 3600))), product);
	}

	Doses age(int age) {
		this.age = age;
		return this;
	}

	Doses weighs(int kg) {
		this.weightKg = kg;
		return this;
	}

	Doses history(History... items) {
		this.history.addAll(Arrays.asList(items));
		return this;
	}

	Doses pregnant(int weeks) {
		this.pregnant = true;
		this.pregnancyWeeks = weeks;
		return this;
	}

	Doses took(TakenDose... taken) {
		this.doses.addAll(Arrays.asList(taken));
		return this;
	}

	Doses took(Medicine medicine, int mg, double hoursAgo) {
		return took(dose(medicine, mg, hoursAgo));
	}

	/** Checks at this moment instead of {@link #NOW}. */
	Doses at(Instant moment) {
		this.now = moment;
		return this;
	}

	MedicineCheckRequest request() {
		return new MedicineCheckRequest(this.age, this.weightKg, this.history, this.pregnant, this.pregnancyWeeks,
				this.now, this.doses);
	}

	MedicineCheckResult check() {
		return DoseGuard.check(request());
	}

	MedicineStatus check(Medicine medicine) {
		return check().of(medicine);
	}

	static Instant hoursFromNow(double hours) {
		return NOW.plus(Duration.ofSeconds(Math.round(hours * 3600)));
	}

}
