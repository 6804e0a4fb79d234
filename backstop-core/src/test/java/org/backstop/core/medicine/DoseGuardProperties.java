package org.backstop.core.medicine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.constant;
import static org.quicktheories.generators.Generate.frequency;
import static org.quicktheories.generators.Generate.longRange;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

import org.backstop.core.assessment.History;
import org.backstop.core.assessment.Medicine;
import org.backstop.core.careplan.Contraindications;
import org.backstop.core.testing.People;

/**
 * What must hold for any person and any record of past doses. The limits are written here
 * from FACTS section 6, not taken from the code under test, so that a wrong number in the
 * limits table fails these properties.
 */
class DoseGuardProperties {

	private static final Instant NOW = Instant.parse("2025-03-10T12:00:00Z");

	private static final Duration DAY = Duration.ofHours(24);

	/** FACTS 6: daily maximum, mg. */
	private static final Map<Medicine, Integer> DAILY_MAX = Map.of(Medicine.IBUPROFEN, 1200, Medicine.NAPROXEN, 660,
			Medicine.ASPIRIN, 4000, Medicine.ACETAMINOPHEN, 4000);

	/**
	 * FACTS 6: "lower with liver risk or weight under 50 kg"; REFERENCE 5 puts the lower
	 * ceiling at 3,000 mg (heavy alcohol use, weight under 50 kg).
	 */
	private static final int ACETAMINOPHEN_REDUCED_DAILY_MAX = 3000;

	/** FACTS 6: largest single dose, mg (aspirin: the lower of the US and UK figures). */
	private static final Map<Medicine, Integer> SINGLE_MAX = Map.of(Medicine.IBUPROFEN, 400, Medicine.NAPROXEN, 220,
			Medicine.ASPIRIN, 650, Medicine.ACETAMINOPHEN, 1000);

	/**
	 * FACTS 6: smallest single dose, mg; a smaller amount is never offered as the next
	 * dose (aspirin: the US 325 mg, the more cautious of 325 and the UK 300).
	 */
	private static final Map<Medicine, Integer> SINGLE_MIN = Map.of(Medicine.IBUPROFEN, 200, Medicine.NAPROXEN, 220,
			Medicine.ASPIRIN, 325, Medicine.ACETAMINOPHEN, 500);

	/** FACTS 6: naproxen sodium, a first dose of 440 mg is allowed. */
	private static final int NAPROXEN_FIRST_DOSE = 440;

	/**
	 * REFERENCE 5 (US naproxen sodium label): no more than two 220 mg tablets in any 8 to
	 * 12 hours, so a first dose of 440 mg leaves nothing more for 12 hours.
	 */
	private static final int NAPROXEN_MAX_IN_12_HOURS = 440;

	private static final Duration HALF_DAY = Duration.ofHours(12);

	/** FACTS 6: days of use without a clinician's advice. */
	private static final int MAX_DAYS = 10;

	/** FACTS 6: minimum gap between doses, hours. */
	private static final Map<Medicine, Integer> GAP_HOURS = Map.of(Medicine.IBUPROFEN, 4, Medicine.NAPROXEN, 8,
			Medicine.ASPIRIN, 4, Medicine.ACETAMINOPHEN, 4);

	/** FACTS 5: what leaves the oral anti-inflammatories out. */
	private static final Set<History> NO_ORAL_NSAID = EnumSet.of(History.STOMACH_ULCER, History.KIDNEY_DISEASE,
			History.ANTICOAGULANTS, History.ASTHMA_NSAID_SENSITIVE, History.HEART_DISEASE);

	private static final List<Medicine> CHECKED = List.of(Medicine.IBUPROFEN, Medicine.NAPROXEN, Medicine.ASPIRIN,
			Medicine.ACETAMINOPHEN);

	@Test
	void theNextDoseNeverTakesTheDayOverTheCeiling() {
		qt().withExamples(1000).forAll(requests()).checkAssert((request) -> {
			MedicineCheckResult result = DoseGuard.check(request);
			for (Medicine medicine : CHECKED) {
				MedicineStatus status = result.of(medicine);
				int ceiling = ceiling(medicine, request);
				assertThat(status.dailyMaxMg()).isEqualTo(ceiling);
				assertThat(status.usedMgLast24h()).isEqualTo(usedInWindow(medicine, request.doses(), request.now()));
				assertThat(status.maxNextDoseMg()).isNotNegative();
				if (status.maxNextDoseMg() > 0) {
					assertThat(status.usedMgLast24h() + status.maxNextDoseMg()).as(medicine.code())
						.isLessThanOrEqualTo(ceiling);
				}
			}
		});
	}

	@Test
	void theNextDoseIsNeverMoreThanASingleDose() {
		qt().withExamples(1000).forAll(requests()).checkAssert((request) -> {
			MedicineCheckResult result = DoseGuard.check(request);
			for (Medicine medicine : CHECKED) {
				int single = SINGLE_MAX.get(medicine);
				if (medicine == Medicine.NAPROXEN && usedInWindow(medicine, request.doses(), request.now()) == 0
						&& request.doses()
							.stream()
							.noneMatch(
									(d) -> d.medicine() == medicine && d.takenAt().isAfter(request.now().minus(DAY)))) {
					single = NAPROXEN_FIRST_DOSE;
				}
				int next = result.of(medicine).maxNextDoseMg();
				assertThat(next).as(medicine.code()).isLessThanOrEqualTo(single);
				if (next > 0) {
					assertThat(next).as(medicine.code()).isGreaterThanOrEqualTo(SINGLE_MIN.get(medicine));
				}
			}
		});
	}

	@Test
	void allowedNowMeansTheGapHasPassedAndNoOtherAntiInflammatoryToday() {
		qt().withExamples(1000).forAll(requests()).checkAssert((request) -> {
			MedicineCheckResult result = DoseGuard.check(request);
			for (Medicine medicine : CHECKED) {
				MedicineStatus status = result.of(medicine);
				assertThat(status.allowedNow()).isEqualTo(request.now().equals(status.nextAllowedAt()));
				assertThat(status.allowedNow()).isEqualTo(status.maxNextDoseMg() > 0);
				if (!status.allowedNow()) {
					continue;
				}
				Duration gap = Duration.ofHours(GAP_HOURS.get(medicine));
				for (TakenDose dose : request.doses()) {
					if (dose.medicine() == medicine) {
						assertThat(Duration.between(dose.takenAt(), request.now())).as(medicine.code())
							.isGreaterThanOrEqualTo(gap);
					}
					else if (medicine.isOralNsaid() && dose.medicine().isOralNsaid()) {
						assertThat(dose.takenAt()).isBeforeOrEqualTo(request.now().minus(DAY));
					}
				}
			}
		});
	}

	@Test
	void nothingIsAllowedUnder16OrWhenContraindicated() {
		qt().withExamples(1000).forAll(requests()).checkAssert((request) -> {
			MedicineCheckResult result = DoseGuard.check(request);
			for (Medicine medicine : CHECKED) {
				MedicineStatus status = result.of(medicine);
				boolean ruledOut = request.age() < 16 || factsRuleOut(medicine, request)
						|| !Contraindications.leavingOut(medicine.code(), DoseGuard.tagsOf(medicine), request.person())
							.isEmpty();
				if (ruledOut) {
					assertThat(status.allowedNow()).as(medicine.code()).isFalse();
					assertThat(status.nextAllowedAt()).isNull();
					assertThat(status.maxNextDoseMg()).isZero();
					assertThat(status.reasons()).isNotEmpty();
				}
				else if (status.nextAllowedAt() == null) {
					// The only other answer without a next time: too many days of use.
					assertThat(status.warns("over_days_of_use")).as(medicine.code()).isTrue();
				}
				else {
					assertThat(status.nextAllowedAt()).isAfterOrEqualTo(request.now());
				}
			}
		});
	}

	@Test
	void takingTheMostAtTheNextAllowedMomentStaysWithinTheCeiling() {
		qt().withExamples(1000).forAll(requests()).checkAssert((request) -> {
			MedicineCheckResult result = DoseGuard.check(request);
			for (Medicine medicine : CHECKED) {
				Instant next = result.of(medicine).nextAllowedAt();
				if (next == null) {
					continue;
				}
				if (next.isAfter(request.now())) {
					// nextAllowedAt is the earliest moment: a second before, it is not
					// allowed.
					assertThat(DoseGuard.check(at(request, next.minusSeconds(1), request.doses()))
						.of(medicine)
						.allowedNow()).as(medicine.code()).isFalse();
				}
				MedicineStatus then = DoseGuard.check(at(request, next, request.doses())).of(medicine);
				assertThat(then.allowedNow()).as(medicine.code()).isTrue();
				assertThat(then.nextAllowedAt()).isEqualTo(next);
				assertThat(then.maxNextDoseMg()).isPositive();
				List<TakenDose> more = new ArrayList<>(request.doses());
				more.add(new TakenDose(medicine, then.maxNextDoseMg(), next, null));
				MedicineStatus after = DoseGuard.check(at(request, next, more)).of(medicine);
				assertThat(after.usedMgLast24h()).as(medicine.code()).isLessThanOrEqualTo(ceiling(medicine, request));
				assertThat(after.usedMgLast24h()).isEqualTo(usedInWindow(medicine, more, next));
				assertThat(after.allowedNow()).isFalse();
			}
		});
	}

	@Test
	void naproxenNeverGoesPast440MgIn12Hours() {
		qt().withExamples(1000).forAll(requests()).checkAssert((request) -> {
			MedicineStatus naproxen = DoseGuard.check(request).of(Medicine.NAPROXEN);
			if (naproxen.allowedNow()) {
				assertThat(
						usedIn(Medicine.NAPROXEN, request.doses(), request.now(), HALF_DAY) + naproxen.maxNextDoseMg())
					.isLessThanOrEqualTo(NAPROXEN_MAX_IN_12_HOURS);
			}
		});
	}

	@Test
	void noNextTimeIsEverGivenPastTenDaysOfUse() {
		qt().withExamples(1000).forAll(requests()).checkAssert((request) -> {
			MedicineCheckResult result = DoseGuard.check(request);
			for (Medicine medicine : CHECKED) {
				MedicineStatus status = result.of(medicine);
				assertThat(status.daysOfUse()).as(medicine.code())
					.isEqualTo(daysOfUse(medicine, request.doses(), request.now(), false));
				if (daysOfUse(medicine, request.doses(), request.now(), true) > MAX_DAYS) {
					assertThat(status.allowedNow()).as(medicine.code()).isFalse();
					assertThat(status.nextAllowedAt()).as(medicine.code()).isNull();
					assertThat(status.maxNextDoseMg()).isZero();
					assertThat(status.reasons()).isNotEmpty();
				}
				Instant next = status.nextAllowedAt();
				if (next != null) {
					assertThat(daysOfUse(medicine, request.doses(), next, true)).as(medicine.code())
						.isLessThanOrEqualTo(MAX_DAYS);
				}
			}
		});
	}

	/**
	 * A person who takes the most the guard allows each time it allows it, for up to 80
	 * doses from any history, never goes past the label: the daily maximum, the gap,
	 * naproxen's 440 mg in 12 hours, and 10 days of use.
	 */
	@Test
	void followingEveryAnswerKeepsToTheLabel() {
		qt().withExamples(150).forAll(requests()).checkAssert((request) -> {
			for (Medicine medicine : CHECKED) {
				List<TakenDose> doses = new ArrayList<>(request.doses());
				Instant t = request.now();
				for (int step = 0; step < 80; step++) {
					Instant next = DoseGuard.check(at(request, t, doses)).of(medicine).nextAllowedAt();
					if (next == null) {
						break;
					}
					t = next;
					MedicineStatus then = DoseGuard.check(at(request, t, doses)).of(medicine);
					assertThat(then.allowedNow()).as(medicine.code()).isTrue();
					for (TakenDose dose : doses) {
						if (dose.medicine() == medicine) {
							assertThat(Duration.between(dose.takenAt(), t)).as(medicine.code())
								.isGreaterThanOrEqualTo(Duration.ofHours(GAP_HOURS.get(medicine)));
						}
					}
					doses.add(new TakenDose(medicine, then.maxNextDoseMg(), t, null));
					assertThat(usedInWindow(medicine, doses, t)).as(medicine.code())
						.isLessThanOrEqualTo(ceiling(medicine, request));
					if (medicine == Medicine.NAPROXEN) {
						assertThat(usedIn(medicine, doses, t, HALF_DAY)).isLessThanOrEqualTo(NAPROXEN_MAX_IN_12_HOURS);
					}
					assertThat(daysOfUse(medicine, doses, t, false)).as(medicine.code()).isLessThanOrEqualTo(MAX_DAYS);
				}
			}
		});
	}

	private static boolean factsRuleOut(Medicine medicine, MedicineCheckRequest request) {
		if (medicine.isOralNsaid()) {
			return request.pregnant() || request.history().stream().anyMatch(NO_ORAL_NSAID::contains);
		}
		return medicine == Medicine.ACETAMINOPHEN && request.history().contains(History.LIVER_DISEASE);
	}

	private static int ceiling(Medicine medicine, MedicineCheckRequest request) {
		boolean lower = request.history().contains(History.HEAVY_ALCOHOL)
				|| (request.weightKg() != null && request.weightKg() < 50);
		return (medicine == Medicine.ACETAMINOPHEN && lower) ? ACETAMINOPHEN_REDUCED_DAILY_MAX
				: DAILY_MAX.get(medicine);
	}

	private static int usedInWindow(Medicine medicine, List<TakenDose> doses, Instant now) {
		return usedIn(medicine, doses, now, DAY);
	}

	private static int usedIn(Medicine medicine, List<TakenDose> doses, Instant now, Duration window) {
		return doses.stream()
			.filter((d) -> d.medicine() == medicine && d.takenAt().isAfter(now.minus(window)))
			.mapToInt(TakenDose::mg)
			.sum();
	}

	/**
	 * On how many of the 14 periods of 24 hours back from {@code now} the medicine was
	 * taken, counting the first period as used when {@code withADoseNow}.
	 */
	private static int daysOfUse(Medicine medicine, List<TakenDose> doses, Instant now, boolean withADoseNow) {
		Set<Long> periods = new HashSet<>();
		if (withADoseNow) {
			periods.add(0L);
		}
		for (TakenDose dose : doses) {
			if (dose.medicine() == medicine) {
				long period = dose.takenAt().isAfter(now) ? 0 : Duration.between(dose.takenAt(), now).toHours() / 24;
				if (period < 14) {
					periods.add(period);
				}
			}
		}
		return periods.size();
	}

	private static MedicineCheckRequest at(MedicineCheckRequest request, Instant now, List<TakenDose> doses) {
		return new MedicineCheckRequest(request.age(), request.weightKg(), request.history(), request.pregnant(),
				request.pregnancyWeeks(), now, doses);
	}

	static Gen<MedicineCheckRequest> requests() {
		Gen<Integer> ages = frequency(Pair.of(1, range(0, 15)), Pair.of(6, range(16, 64)), Pair.of(1, range(65, 120)));
		Gen<Integer> weights = frequency(Pair.of(3, range(40, 60)), Pair.of(1, range(2, 400)));
		Gen<List<TakenDose>> doses = frequency(Pair.of(4, lists().of(doses()).ofSizeBetween(0, 30)),
				Pair.of(1, longUse()), Pair.of(1, naproxenStart()));
		return (in) -> {
			Integer weight = People.chance(in, 40) ? null : weights.generate(in);
			Set<History> history = People.chance(in, 60) ? Set.of() : Set.copyOf(People.some(in, History.class, 3));
			Integer weeks = People.chance(in, 85) ? null : range(0, 45).generate(in);
			return new MedicineCheckRequest(ages.generate(in), weight, history, weeks != null, weeks, NOW,
					doses.generate(in));
		};
	}

	/**
	 * One medicine taken on most of the last 16 days, one to three usual doses a day, so
	 * that the days of use reach and pass 10.
	 */
	private static Gen<List<TakenDose>> longUse() {
		return (in) -> {
			Medicine medicine = pick(CHECKED).generate(in);
			int dailyChance = range(50, 100).generate(in);
			List<TakenDose> taken = new ArrayList<>();
			for (long day = 0; day < 16; day++) {
				if (People.chance(in, dailyChance)) {
					int count = range(1, 3).generate(in);
					for (int i = 0; i < count; i++) {
						long secondsAgo = day * 24 * 3600 + longRange(0, 24 * 3600 - 1).generate(in);
						taken
							.add(new TakenDose(medicine, SINGLE_MIN.get(medicine), NOW.minusSeconds(secondsAgo), null));
					}
				}
			}
			return taken;
		};
	}

	/**
	 * A naproxen start within the last 30 hours: 440 mg at once or two tablets within an
	 * hour, sometimes with a tablet more.
	 */
	private static Gen<List<TakenDose>> naproxenStart() {
		return (in) -> {
			List<TakenDose> taken = new ArrayList<>();
			long start = longRange(0, 30 * 3600).generate(in);
			if (People.chance(in, 50)) {
				taken.add(new TakenDose(Medicine.NAPROXEN, 440, NOW.minusSeconds(start), null));
			}
			else {
				taken.add(new TakenDose(Medicine.NAPROXEN, 220, NOW.minusSeconds(start), null));
				long second = Math.max(0, start - longRange(0, 3600).generate(in));
				taken.add(new TakenDose(Medicine.NAPROXEN, 220, NOW.minusSeconds(second), null));
			}
			if (People.chance(in, 30)) {
				taken.add(new TakenDose(Medicine.NAPROXEN, 220, NOW.minusSeconds(longRange(0, 30 * 3600).generate(in)),
						null));
			}
			return taken;
		};
	}

	private static Gen<TakenDose> doses() {
		Gen<Medicine> medicines = frequency(Pair.of(3, constant(Medicine.IBUPROFEN)),
				Pair.of(2, constant(Medicine.NAPROXEN)), Pair.of(1, constant(Medicine.ASPIRIN)),
				Pair.of(3, constant(Medicine.ACETAMINOPHEN)));
		Gen<Integer> mg = frequency(Pair.of(6, pick(List.of(200, 220, 300, 325, 400, 440, 500, 650, 1000))),
				Pair.of(1, range(1, 5000)));
		// Mostly within the last day and a half, where the limits bite; some back to 16
		// days, some a little ahead of now (clocks differ), some on whole hours.
		Gen<Long> secondsAgo = frequency(Pair.of(6, longRange(-60, 36 * 3600)),
				Pair.of(2, longRange(-60, 16 * 24 * 3600)), Pair.of(1, longRange(0, 30).map((h) -> h * 3600)));
		Gen<String> products = pick(List.of("Advil", "Tylenol", "NyQuil"));
		return (in) -> new TakenDose(medicines.generate(in), mg.generate(in), NOW.minusSeconds(secondsAgo.generate(in)),
				People.chance(in, 50) ? null : products.generate(in));
	}

}
