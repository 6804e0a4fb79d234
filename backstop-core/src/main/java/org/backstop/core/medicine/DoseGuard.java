package org.backstop.core.medicine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

import org.backstop.core.assessment.AssessmentInput;
import org.backstop.core.assessment.Medicine;
import org.backstop.core.careplan.Contraindication;
import org.backstop.core.careplan.Contraindications;
import org.backstop.core.careplan.DoseLimit;
import org.backstop.core.careplan.DoseLimits;
import org.backstop.core.knowledge.Source;
import org.backstop.core.problem.Checked;
import org.backstop.core.problem.CodedText;
import org.backstop.core.selfcare.CareTag;

/**
 * Says, for each over-the-counter pain medicine, whether the next dose may be taken now,
 * when it may, and how much of the daily maximum is used (FACTS 6; REFERENCE 5, rules for
 * the dose-safety engine). Deterministic: the moment to answer for is part of the
 * request, never read from a clock here.
 * <p>
 * The rules, for each medicine:
 * <ul>
 * <li>Nothing under 16, and nothing that a contraindication leaves out for this person
 * (stomach ulcer, pregnancy, liver disease, ...): not allowed at all, with the reason.
 * Contraindications are checked before any dosing and remove the medicine rather than
 * lower its dose (REFERENCE 5, rule 6).</li>
 * <li>Every product with the same ingredient counts together, over a rolling 24 hours:
 * the window at time t holds the doses taken after t minus 24 hours (rule 1).</li>
 * <li>At least the label's gap since the last dose of the same ingredient (rule 3).</li>
 * <li>The next dose is at most the label's single dose (naproxen: 440 mg when none was
 * taken in the past 24 hours), at most what is left of the person's daily maximum and,
 * for naproxen, at most what is left of 440 mg in the last 12 hours (the label's two
 * tablets in any 8 to 12 hours: after a first dose of two, the next waits until 12 hours
 * after the first of them); it is allowed only when at least the smallest single dose
 * fits (rule 2).</li>
 * <li>Never two different oral anti-inflammatories within 24 hours (rule 5).</li>
 * <li>No more than 10 days of use without advice (rule 4): when a dose now, or at the
 * time the next one would be allowed, would make more than 10 days of use, no next time
 * is given and the answer says to ask a pharmacist or doctor first.</li>
 * <li>Warnings at 75% of the daily maximum (rule 2), above it (get help now), at 10 days
 * of use (rule 4), and the cautions of the care plan.</li>
 * </ul>
 * Each of the timing conditions, once met, stays met as time passes (doses only leave the
 * windows), so the earliest moment all of them are met is the latest of the moments each
 * one is. Days of use are not a wait but a stop, checked at that moment.
 */
public final class DoseGuard {

	/** Version of the rules; it changes whenever a rule or a text changes. */
	public static final String VERSION = "1.1.0";

	/** The rolling window over which doses count towards the daily maximum. */
	public static final Duration WINDOW = Duration.ofHours(24);

	/**
	 * The shorter window of a medicine with a most in any 12 hours (naproxen): a dose
	 * counts in it for 12 hours.
	 */
	public static final Duration HALF_DAY = Duration.ofHours(12);

	/**
	 * Days of use are counted over this many consecutive 24-hour periods back from now.
	 */
	public static final int DAYS_OF_USE_PERIODS = 14;

	/** From this share of the daily maximum on, a warning says how close it is. */
	public static final int NEAR_DAILY_MAX_PERCENT = 75;

	private DoseGuard() {
	}

	/**
	 * Reads, then checks, a request from a JSON tree; {@code clock} is now by default.
	 */
	public static Checked<MedicineCheckResult> check(JsonNode json, Instant clock) {
		return check(json, "", clock);
	}

	/**
	 * As {@link #check(JsonNode, Instant)}, with field paths starting with
	 * {@code prefix}.
	 */
	public static Checked<MedicineCheckResult> check(JsonNode json, String prefix, Instant clock) {
		return MedicineCheckReader.read(json, prefix, clock).map(DoseGuard::check);
	}

	/** The status of every dose-checked medicine, at {@code request.now()}. */
	public static MedicineCheckResult check(MedicineCheckRequest request) {
		AssessmentInput person = request.person();
		List<MedicineStatus> statuses = new ArrayList<>();
		for (Medicine medicine : Medicine.values()) {
			if (medicine.isDoseChecked()) {
				DoseLimit limit = DoseLimits.of(medicine)
					.orElseThrow(() -> new IllegalStateException("no dose limit for " + medicine.code()));
				statuses.add(new OneMedicine(medicine, limit, request, person).status());
			}
		}
		return new MedicineCheckResult(VERSION, request.now(), statuses, request.notSureReadings());
	}

	/**
	 * The kinds of care a medicine is, for the contraindication rules: the same tags as
	 * the plan's option for the medicine (a test in the care plan keeps them in step).
	 */
	public static Set<CareTag> tagsOf(Medicine medicine) {
		Set<CareTag> tags = EnumSet.of(CareTag.MEDICINE);
		if (medicine.isOralNsaid()) {
			tags.add(CareTag.ORAL_NSAID);
		}
		if (medicine == Medicine.ASPIRIN) {
			tags.add(CareTag.ASPIRIN);
		}
		if (medicine == Medicine.ACETAMINOPHEN) {
			tags.add(CareTag.ACETAMINOPHEN);
		}
		return tags;
	}

	/** Whether a dose taken at {@code takenAt} counts in the 24 hours up to {@code t}. */
	static boolean inWindow(Instant takenAt, Instant t) {
		return takenAt.isAfter(t.minus(WINDOW));
	}

	/** The name a person knows the medicine by. */
	/** The medicine's name in words, code {@code medicine.<code>}. */
	public static CodedText nameOf(Medicine medicine) {
		return CodedText.of("medicine." + medicine.code(),
				(medicine == Medicine.ACETAMINOPHEN) ? "acetaminophen (paracetamol)" : medicine.code());
	}

	/**
	 * A reason or warning taken from a contraindication rule: its words are the rule's
	 * clinical text, the one the plan shows, code {@code contraindication.<rule>}.
	 */
	public static CodedText wordingOf(Contraindication rule) {
		return new CodedText(CONTRAINDICATION + rule.code(), List.of(), rule.text());
	}

	/** Begins the code of a text that is a contraindication rule's. */
	public static final String CONTRAINDICATION = "contraindication.";

	/** The check of one medicine at one moment. */
	private static final class OneMedicine {

		private final Medicine medicine;

		private final DoseLimit limit;

		private final AssessmentInput person;

		private final Instant now;

		private final int ceiling;

		/** Doses of this ingredient, oldest first. */
		private final List<TakenDose> own;

		/** Doses of other oral anti-inflammatories, when this is one. */
		private final List<TakenDose> otherNsaids;

		OneMedicine(Medicine medicine, DoseLimit limit, MedicineCheckRequest request, AssessmentInput person) {
			this.medicine = medicine;
			this.limit = limit;
			this.person = person;
			this.now = request.now();
			this.ceiling = DoseLimits.maxDailyMgFor(limit, person);
			this.own = request.doses()
				.stream()
				.filter((dose) -> dose.medicine() == medicine)
				.sorted(Comparator.comparing(TakenDose::takenAt))
				.toList();
			this.otherNsaids = request.doses()
				.stream()
				.filter((dose) -> medicine.isOralNsaid() && dose.medicine().isOralNsaid()
						&& dose.medicine() != medicine)
				.toList();
		}

		MedicineStatus status() {
			int used = usedAt(this.now);
			List<CodedText> reasons = new ArrayList<>();
			List<DoseWarning> warnings = new ArrayList<>();
			warnIfOverOrNear(used, warnings);
			List<Contraindication> ruledOutBy = Contraindications.leavingOut(this.medicine.code(),
					tagsOf(this.medicine), this.person);
			boolean tooYoung = this.person.age() < DoseLimits.MIN_AGE_FOR_DOSES;
			Instant next;
			int maxNext;
			boolean tooManyDays = false;
			if (tooYoung || !ruledOutBy.isEmpty()) {
				for (Contraindication rule : ruledOutBy) {
					reasons.add(wordingOf(rule));
					warnings.add(DoseWarning.of(rule));
				}
				if (reasons.isEmpty()) {
					reasons.add(CodedText.of("dose.under_age",
							"Backstop gives no medicine doses under {0}. A pharmacist or doctor can advise on the right medicine and dose.",
							DoseLimits.MIN_AGE_FOR_DOSES));
				}
				next = null;
				maxNext = 0;
			}
			else {
				Instant gapEnds = gapEndsAt();
				Instant otherNsaidClears = otherNsaidClearsAt();
				Instant fits = smallestDoseFitsAt();
				next = latest(latest(this.now, gapEnds), latest(otherNsaidClears, fits));
				// The days are counted at the next time too: as the 24-hour periods move
				// on, doses of one period can fall into two.
				if (daysOfUseWithADoseAt(this.now) > this.limit.maxDays()
						|| daysOfUseWithADoseAt(next) > this.limit.maxDays()) {
					CodedText text = tooManyDays();
					reasons.add(text);
					warnings.add(DoseWarning.of("over_days_of_use", text, this.limit.sources()));
					tooManyDays = true;
					next = null;
					maxNext = 0;
				}
				else {
					boolean allowedNow = next.equals(this.now);
					maxNext = allowedNow ? capAt(this.now) : 0;
					explain(used, gapEnds, otherNsaidClears, fits, next, maxNext, reasons);
				}
			}
			warnAboutUse(warnings, tooManyDays);
			if (next != null) {
				for (Contraindication rule : Contraindications.cautioning(this.medicine.code(), tagsOf(this.medicine),
						this.person)) {
					warnings.add(DoseWarning.of(rule));
				}
			}
			int percent = (int) ((long) used * 100 / this.ceiling);
			return new MedicineStatus(this.medicine, next != null && next.equals(this.now), next, maxNext, used,
					this.ceiling, percent, this.limit.minHoursBetween(), daysOfUse(), this.limit.maxDays(), reasons,
					warnings);
		}

		/** Milligrams taken in the 24 hours up to {@code t}. */
		int usedAt(Instant t) {
			int used = 0;
			for (TakenDose dose : this.own) {
				if (inWindow(dose.takenAt(), t)) {
					used += dose.mg();
				}
			}
			return used;
		}

		/**
		 * Milligrams taken in the 12 hours up to {@code t}, for a medicine with a most in
		 * any 12 hours.
		 */
		int usedInHalfDayAt(Instant t) {
			int used = 0;
			for (TakenDose dose : this.own) {
				if (dose.takenAt().isAfter(t.minus(HALF_DAY))) {
					used += dose.mg();
				}
			}
			return used;
		}

		/** What is left at {@code t} of the most in any 12 hours, if there is one. */
		int halfDayRoomAt(Instant t) {
			return (this.limit.maxMgIn12Hours() > 0) ? this.limit.maxMgIn12Hours() - usedInHalfDayAt(t)
					: Integer.MAX_VALUE;
		}

		/** The label's largest single dose at {@code t}: a first dose may be larger. */
		int singleMaxAt(Instant t) {
			boolean first = this.own.stream().noneMatch((dose) -> inWindow(dose.takenAt(), t));
			return first ? this.limit.firstDoseMaxMg() : this.limit.singleMaxMg();
		}

		/** The most that may be taken at {@code t}, leaving aside the gap. */
		int capAt(Instant t) {
			return Math.max(0, Math.min(Math.min(singleMaxAt(t), this.ceiling - usedAt(t)), halfDayRoomAt(t)));
		}

		Instant gapEndsAt() {
			if (this.own.isEmpty()) {
				return this.now;
			}
			Instant last = this.own.get(this.own.size() - 1).takenAt();
			return latest(this.now, last.plus(Duration.ofHours(this.limit.minHoursBetween())));
		}

		/** When the last dose of another oral anti-inflammatory is 24 hours old. */
		Instant otherNsaidClearsAt() {
			Instant clears = this.now;
			for (TakenDose dose : this.otherNsaids) {
				clears = latest(clears, dose.takenAt().plus(WINDOW));
			}
			return clears;
		}

		/**
		 * The first moment from now at which the smallest single dose fits under the
		 * daily maximum (and the most in 12 hours). What is left only grows when a dose
		 * leaves a window, so those are the only moments to try; once every dose has
		 * left, a full first dose fits.
		 */
		Instant smallestDoseFitsAt() {
			TreeSet<Instant> moments = new TreeSet<>();
			moments.add(this.now);
			for (TakenDose dose : this.own) {
				for (Duration window : List.of(WINDOW, HALF_DAY)) {
					Instant leaves = dose.takenAt().plus(window);
					if (leaves.isAfter(this.now)) {
						moments.add(leaves);
					}
				}
			}
			for (Instant moment : moments) {
				if (capAt(moment) >= this.limit.singleMinMg()) {
					return moment;
				}
			}
			return moments.last();
		}

		private void explain(int used, Instant gapEnds, Instant otherNsaidClears, Instant fits, Instant next,
				int maxNext, List<CodedText> reasons) {
			if (gapEnds.isAfter(this.now)) {
				Instant last = this.own.get(this.own.size() - 1).takenAt();
				reasons.add(CodedText.of("dose.wait_between",
						"Your last dose was {0}; wait at least {1} hours between doses.", ago(last),
						this.limit.minHoursBetween()));
			}
			if (otherNsaidClears.isAfter(this.now)) {
				TakenDose latestOther = this.otherNsaids.stream()
					.max(Comparator.comparing(TakenDose::takenAt))
					.orElseThrow();
				reasons.add(CodedText.of("dose.other_nsaid",
						"You took {0} {1}. Never take two different anti-inflammatory medicines within 24 hours of each other.",
						nameOf(latestOther.medicine()), ago(latestOther.takenAt())));
			}
			if (fits.isAfter(this.now) && this.ceiling - used < this.limit.singleMinMg()) {
				reasons.add(CodedText.of("dose.no_room_in_day",
						"You have taken " + MG + " of " + mg(1) + " mg in the last 24 hours; even the smallest dose ("
								+ mg(2) + " mg) would go over the daily maximum until earlier doses are 24 hours old.",
						used, this.ceiling, this.limit.singleMinMg()));
			}
			if (fits.isAfter(this.now) && halfDayRoomAt(this.now) < this.limit.singleMinMg()) {
				reasons.add(CodedText.of("dose.no_room_in_half_day", "You have taken " + MG
						+ " mg of {1} in the last 12 hours; no more than " + mg(2)
						+ " mg should be taken in any 12 hours, so the next dose waits until earlier doses are 12 hours old.",
						usedInHalfDayAt(this.now), nameOf(this.medicine), this.limit.maxMgIn12Hours()));
			}
			// Allowed now, but less than the usual single dose.
			if (maxNext > 0 && maxNext < singleMaxAt(this.now)) {
				reasons.add(CodedText.of(
						"dose.less_than_full", "You have taken " + MG + " of " + mg(1)
								+ " mg in the last 24 hours, so take at most " + mg(2) + " mg now.",
						used, this.ceiling, maxNext));
			}
			if (next.isAfter(this.now)) {
				reasons.add(CodedText.of("dose.next_in", "You can take {0} again in {1}.", nameOf(this.medicine),
						words(Duration.between(this.now, next), true)));
			}
		}

		private void warnIfOverOrNear(int used, List<DoseWarning> warnings) {
			if (used > this.ceiling) {
				warnings.add(DoseWarning.of("over_daily_max", CodedText.of("dose.over_daily_max", "You have taken " + MG
						+ " mg of {1} in the last 24 hours, more than the daily maximum of " + mg(2)
						+ " mg. Get medical help or call a poison control centre now, even if you feel well: harm may not show at first.",
						used, nameOf(this.medicine), this.ceiling), List.of(Source.FDA_OTC)));
			}
			else if ((long) used * 100 >= (long) NEAR_DAILY_MAX_PERCENT * this.ceiling) {
				warnings.add(DoseWarning.of("near_daily_max",
						CodedText.of("dose.near_daily_max",
								"You have used {0}% of your daily maximum of {1}: " + mg(2) + " of " + mg(3)
										+ " mg in the last 24 hours.",
								(long) used * 100 / this.ceiling, nameOf(this.medicine), used, this.ceiling),
						this.limit.sources()));
			}
		}

		/**
		 * Why no next time is given past the days of use, and what to do: written for
		 * this answer, not taken from a label.
		 */
		private CodedText tooManyDays() {
			int days = daysOfUse();
			int most = this.limit.maxDays();
			String taken = "You have taken {0} on {1} of the last {2} days";
			String advice = " Do not take it again until a pharmacist or doctor has advised you, and see one soon: sooner if the pain gets worse.";
			return (days > most)
					? CodedText.of("dose.past_days_of_use",
							taken + ", more than the {3} days it should be used without advice." + advice,
							nameOf(this.medicine), days, DAYS_OF_USE_PERIODS, most)
					: CodedText.of("dose.next_past_days_of_use", taken
							+ "; another dose would make it more than {3} days, the most it should be used without advice."
							+ advice, nameOf(this.medicine), days, DAYS_OF_USE_PERIODS, most);
		}

		private void warnAboutUse(List<DoseWarning> warnings, boolean tooManyDays) {
			List<TakenDose> recent = this.own.stream().filter((dose) -> inWindow(dose.takenAt(), this.now)).toList();
			for (TakenDose dose : recent) {
				int largest = singleMaxBefore(dose);
				if (dose.mg() > largest) {
					warnings.add(DoseWarning.of("single_dose_over_label", CodedText.of("dose.single_dose_over_label",
							"A dose of " + MG + " mg of {1} is more than the largest single dose on the label (" + mg(2)
									+ " mg). Do not take more than that at a time unless a doctor says so.",
							dose.mg(), nameOf(this.medicine), largest), this.limit.sources()));
					break;
				}
			}
			Set<Medicine> otherRecent = new TreeSet<>();
			for (TakenDose dose : this.otherNsaids) {
				if (inWindow(dose.takenAt(), this.now)) {
					otherRecent.add(dose.medicine());
				}
			}
			if (!recent.isEmpty() && !otherRecent.isEmpty()) {
				warnings.add(DoseWarning.of("combined_nsaids", CodedText.of("dose.combined_nsaids",
						"You took {0} within the last 24 hours. Never combine anti-inflammatory medicines: together they raise the risk of stomach bleeding and kidney harm without better relief. Keep to one of them.",
						and(nameOf(this.medicine), otherRecent.stream().map(DoseGuard::nameOf).toList())),
						List.of(Source.FDA_OTC)));
			}
			int days = daysOfUse();
			// Past the days of use, the stronger answer replaces this warning.
			if (days >= this.limit.maxDays() && !tooManyDays) {
				warnings.add(DoseWarning.of("days_of_use", CodedText.of("dose.days_of_use",
						"You have taken {0} on {1} of the last {2} days. Do not take it for more than {3} days without advice: see a doctor or pharmacist, sooner if the pain gets worse.",
						nameOf(this.medicine), days, DAYS_OF_USE_PERIODS, this.limit.maxDays()), this.limit.sources()));
			}
			Set<String> products = new LinkedHashSet<>();
			for (TakenDose dose : recent) {
				if (dose.product() != null) {
					products.add(dose.product());
				}
			}
			if (products.size() > 1) {
				warnings.add(DoseWarning.of("same_ingredient_products",
						CodedText.of("dose.same_ingredient_products",
								"These products all contain {0} and count together towards its daily maximum: {1}.",
								nameOf(this.medicine), String.join(", ", products)),
						List.of(Source.FDA_OTC)));
			}
		}

		/** The largest single dose the label allowed when {@code dose} was taken. */
		private int singleMaxBefore(TakenDose dose) {
			boolean first = this.own.stream()
				.noneMatch((other) -> other != dose && !other.takenAt().isAfter(dose.takenAt())
						&& inWindow(other.takenAt(), dose.takenAt()));
			return first ? this.limit.firstDoseMaxMg() : this.limit.singleMaxMg();
		}

		/**
		 * On how many of the last 14 periods of 24 hours, counted back from now, a dose
		 * was taken. Periods rather than calendar days need no time zone and give the
		 * same answer wherever the person is; the first period is the same window as the
		 * daily maximum's.
		 */
		int daysOfUse() {
			return periodsOfUse(this.now).size();
		}

		/**
		 * The days of use counted back from {@code t} if a dose were taken then: the
		 * first period counts as used.
		 */
		int daysOfUseWithADoseAt(Instant t) {
			Set<Long> periods = periodsOfUse(t);
			periods.add(0L);
			return periods.size();
		}

		private Set<Long> periodsOfUse(Instant t) {
			Set<Long> periods = new HashSet<>();
			for (TakenDose dose : this.own) {
				long period = dose.takenAt().isAfter(t) ? 0 : Duration.between(dose.takenAt(), t).dividedBy(WINDOW);
				if (period < DAYS_OF_USE_PERIODS) {
					periods.add(period);
				}
			}
			return periods;
		}

		private CodedText ago(Instant then) {
			if (!then.isBefore(this.now)) {
				return CodedText.of("time.just_now", "just now");
			}
			return CodedText.of("time.ago", "{0} ago", words(Duration.between(then, this.now), false));
		}

	}

	private static Instant latest(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	/**
	 * The placeholder for argument {@code index} as milligrams a person reads, grouped as
	 * their language groups them (1,200 in English).
	 */
	private static String mg(int index) {
		return "{" + index + ",number,#,##0}";
	}

	/** The placeholder for the first argument, as milligrams. */
	private static final String MG = mg(0);

	/** Names in a list: "a and b", "a and b and c". */
	private static CodedText and(CodedText first, List<CodedText> rest) {
		CodedText list = first;
		for (CodedText next : rest) {
			list = CodedText.of("list.and", "{0} and {1}", list, next);
		}
		return list;
	}

	/**
	 * A duration in hours and minutes. A wait is rounded up to the minute, so that it is
	 * never said to be shorter than it is; a time since is rounded down.
	 */
	static CodedText words(Duration duration, boolean roundUp) {
		long minutes = duration.toMinutes();
		if (roundUp && duration.compareTo(Duration.ofMinutes(minutes)) > 0) {
			minutes++;
		}
		if (minutes < 1) {
			return CodedText.of("time.under_a_minute", "less than a minute");
		}
		long hours = minutes / 60;
		long rest = minutes % 60;
		if (hours == 0) {
			return CodedText.of("time.minutes", MINUTES, rest);
		}
		return (rest == 0) ? CodedText.of("time.hours", HOURS, hours)
				: CodedText.of("time.hours_minutes", HOURS + " " + MINUTES.replace("{0", "{1"), hours, rest);
	}

	private static final String HOURS = "{0,choice,1#1 hour|1<{0} hours}";

	private static final String MINUTES = "{0,choice,1#1 minute|1<{0} minutes}";

}
