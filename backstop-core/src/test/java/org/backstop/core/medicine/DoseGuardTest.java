package org.backstop.core.medicine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backstop.core.assessment.Medicine.ACETAMINOPHEN;
import static org.backstop.core.assessment.Medicine.ASPIRIN;
import static org.backstop.core.assessment.Medicine.IBUPROFEN;
import static org.backstop.core.assessment.Medicine.NAPROXEN;
import static org.backstop.core.medicine.Doses.NOW;
import static org.backstop.core.medicine.Doses.adult;
import static org.backstop.core.medicine.Doses.dose;
import static org.backstop.core.medicine.Doses.hoursFromNow;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.backstop.core.json.StrictJson;
import org.backstop.core.assessment.AssessmentInput;
import org.backstop.core.assessment.History;
import org.backstop.core.assessment.Medicine;

/** The dose guard, rule by rule (FACTS 6; REFERENCE 5). */
class DoseGuardTest {

	@Test
	void withNothingTakenEveryMedicineIsAllowedAtItsFullSingleDose() {
		MedicineCheckResult result = adult().check();
		assertThat(result.checkedAt()).isEqualTo(NOW);
		assertThat(result.medicines()).extracting(MedicineStatus::medicine)
			.containsExactly(IBUPROFEN, NAPROXEN, ASPIRIN, ACETAMINOPHEN);
		assertThat(result.medicines()).allSatisfy((status) -> {
			assertThat(status.allowedNow()).isTrue();
			assertThat(status.nextAllowedAt()).isEqualTo(NOW);
			assertThat(status.usedMgLast24h()).isZero();
			assertThat(status.percentOfDailyMax()).isZero();
			assertThat(status.daysOfUse()).isZero();
			assertThat(status.maxDays()).isEqualTo(10);
			assertThat(status.reasons()).isEmpty();
		});
		assertThat(result.of(IBUPROFEN).maxNextDoseMg()).isEqualTo(400);
		assertThat(result.of(IBUPROFEN).dailyMaxMg()).isEqualTo(1200);
		assertThat(result.of(IBUPROFEN).minHoursBetween()).isEqualTo(4);
		assertThat(result.of(NAPROXEN).dailyMaxMg()).isEqualTo(660);
		assertThat(result.of(NAPROXEN).minHoursBetween()).isEqualTo(8);
		assertThat(result.of(ASPIRIN).maxNextDoseMg()).isEqualTo(650);
		assertThat(result.of(ASPIRIN).dailyMaxMg()).isEqualTo(4000);
		assertThat(result.of(ACETAMINOPHEN).maxNextDoseMg()).isEqualTo(1000);
		assertThat(result.of(ACETAMINOPHEN).dailyMaxMg()).isEqualTo(4000);
		assertThat(result.of(ACETAMINOPHEN).warns("acetaminophen_in_other_products")).isTrue();
	}

	@Nested
	class MinimumGap {

		@Test
		void aDoseTwoHoursAgoMeansWaitingTwoHoursMore() {
			MedicineStatus ibuprofen = adult().took(IBUPROFEN, 400, 2).check(IBUPROFEN);
			assertThat(ibuprofen.allowedNow()).isFalse();
			assertThat(ibuprofen.maxNextDoseMg()).isZero();
			assertThat(ibuprofen.nextAllowedAt()).isEqualTo(hoursFromNow(2));
			assertThat(ibuprofen.reasons()).contains(
					"Your last dose was 2 hours ago; wait at least 4 hours between doses.",
					"You can take ibuprofen again in 2 hours.");
		}

		@Test
		void exactlyTheGapLaterTheNextDoseIsAllowed() {
			MedicineStatus ibuprofen = adult().took(IBUPROFEN, 400, 4).check(IBUPROFEN);
			assertThat(ibuprofen.allowedNow()).isTrue();
			assertThat(ibuprofen.nextAllowedAt()).isEqualTo(NOW);
			assertThat(ibuprofen.maxNextDoseMg()).isEqualTo(400);
		}

		@Test
		void naproxenNeedsEightHours() {
			MedicineStatus naproxen = adult().took(NAPROXEN, 220, 7.5).check(NAPROXEN);
			assertThat(naproxen.allowedNow()).isFalse();
			assertThat(naproxen.nextAllowedAt()).isEqualTo(hoursFromNow(0.5));
			assertThat(naproxen.reasons()).contains("You can take naproxen again in 30 minutes.");
		}

		@Test
		void theGapCountsFromTheLastDoseOfAnyProductWithTheIngredient() {
			MedicineStatus acetaminophen = adult()
				.took(dose(ACETAMINOPHEN, 1000, 6, "Tylenol"), dose(ACETAMINOPHEN, 500, 1, "cold and flu sachet"))
				.check(ACETAMINOPHEN);
			assertThat(acetaminophen.allowedNow()).isFalse();
			assertThat(acetaminophen.nextAllowedAt()).isEqualTo(hoursFromNow(3));
			assertThat(acetaminophen.reasons())
				.contains("Your last dose was 1 hour ago; wait at least 4 hours between doses.");
		}

		@Test
		void aDoseOtherIngredientsDoNotCountForTheGap() {
			assertThat(adult().took(ACETAMINOPHEN, 1000, 1).check(IBUPROFEN).allowedNow()).isTrue();
		}

	}

	@Nested
	class DailyMaximum {

		@Test
		void twoProductsWithTheSameIngredientCountTogether() {
			MedicineStatus ibuprofen = adult()
				.took(dose(IBUPROFEN, 400, 13, "Advil"), dose(IBUPROFEN, 400, 9, "Nurofen"),
						dose(IBUPROFEN, 200, 5, "Advil"))
				.check(IBUPROFEN);
			assertThat(ibuprofen.usedMgLast24h()).isEqualTo(1000);
			assertThat(ibuprofen.percentOfDailyMax()).isEqualTo(83);
			assertThat(ibuprofen.allowedNow()).isTrue();
			assertThat(ibuprofen.maxNextDoseMg()).isEqualTo(200);
			assertThat(ibuprofen.reasons())
				.containsExactly("You have taken 1,000 of 1,200 mg in the last 24 hours, so take at most 200 mg now.");
			assertThat(ibuprofen.warns("same_ingredient_products")).isTrue();
			assertThat(ibuprofen.warnings()).filteredOn((w) -> w.code().equals("same_ingredient_products"))
				.singleElement()
				.satisfies((w) -> assertThat(w.text()).contains("Advil, Nurofen"));
		}

		@Test
		void atTheCeilingNothingMoreIsAllowedUntilTheOldestDoseIsADayOld() {
			MedicineStatus acetaminophen = adult()
				.took(dose(ACETAMINOPHEN, 1000, 20, "Tylenol"), dose(ACETAMINOPHEN, 1000, 15, "Panadol"),
						dose(ACETAMINOPHEN, 1000, 10, "Tylenol"), dose(ACETAMINOPHEN, 1000, 5, "NyQuil"))
				.check(ACETAMINOPHEN);
			assertThat(acetaminophen.usedMgLast24h()).isEqualTo(4000);
			assertThat(acetaminophen.percentOfDailyMax()).isEqualTo(100);
			assertThat(acetaminophen.allowedNow()).isFalse();
			assertThat(acetaminophen.maxNextDoseMg()).isZero();
			assertThat(acetaminophen.nextAllowedAt()).isEqualTo(hoursFromNow(4));
			assertThat(acetaminophen.reasons()).contains(
					"You have taken 4,000 of 4,000 mg in the last 24 hours; even the smallest dose (500 mg) would go over the daily maximum until earlier doses are 24 hours old.");
		}

		@Test
		void dosesOlderThan24HoursNoLongerCount() {
			MedicineStatus ibuprofen = adult().took(IBUPROFEN, 400, 24)
				.took(IBUPROFEN, 400, 30)
				.took(IBUPROFEN, 400, 23.99)
				.check(IBUPROFEN);
			assertThat(ibuprofen.usedMgLast24h()).isEqualTo(400);
		}

		@Test
		void heavyAlcoholLowersTheAcetaminophenCeilingTo3000() {
			MedicineStatus acetaminophen = adult().history(History.HEAVY_ALCOHOL)
				.took(ACETAMINOPHEN, 1000, 16)
				.took(ACETAMINOPHEN, 1000, 11)
				.took(ACETAMINOPHEN, 1000, 6)
				.check(ACETAMINOPHEN);
			assertThat(acetaminophen.dailyMaxMg()).isEqualTo(3000);
			assertThat(acetaminophen.allowedNow()).isFalse();
			assertThat(acetaminophen.nextAllowedAt()).isEqualTo(hoursFromNow(8));
			assertThat(acetaminophen.warns("acetaminophen_lower_ceiling")).isTrue();
		}

		@Test
		void aWeightOf45KgLowersTheAcetaminophenCeilingTo3000() {
			MedicineStatus acetaminophen = adult().weighs(45)
				.took(ACETAMINOPHEN, 1000, 10)
				.took(ACETAMINOPHEN, 1500, 5)
				.check(ACETAMINOPHEN);
			assertThat(acetaminophen.dailyMaxMg()).isEqualTo(3000);
			assertThat(acetaminophen.allowedNow()).isTrue();
			assertThat(acetaminophen.maxNextDoseMg()).isEqualTo(500);
		}

		@Test
		void fiftyKgIsNotLowWeight() {
			assertThat(adult().weighs(50).check(ACETAMINOPHEN).dailyMaxMg()).isEqualTo(4000);
		}

		@Test
		void theReducedCeilingDoesNotChangeTheOtherMedicines() {
			assertThat(adult().weighs(45).check(IBUPROFEN).dailyMaxMg()).isEqualTo(1200);
		}

		@Test
		void whenLessThanTheSmallestDoseIsLeftTheNextDoseWaitsForTheWindowToRoll() {
			// 1,100 mg taken: 100 mg left is less than the smallest dose of 200 mg; once
			// the 300 mg dose of 22 hours ago is 24 hours old, 400 mg fits.
			MedicineStatus ibuprofen = adult().took(IBUPROFEN, 300, 22)
				.took(IBUPROFEN, 400, 12)
				.took(IBUPROFEN, 400, 6)
				.check(IBUPROFEN);
			assertThat(ibuprofen.usedMgLast24h()).isEqualTo(1100);
			assertThat(ibuprofen.allowedNow()).isFalse();
			assertThat(ibuprofen.nextAllowedAt()).isEqualTo(hoursFromNow(2));
			MedicineStatus then = adult().at(hoursFromNow(2))
				.took(IBUPROFEN, 300, 22)
				.took(IBUPROFEN, 400, 12)
				.took(IBUPROFEN, 400, 6)
				.check(IBUPROFEN);
			assertThat(then.allowedNow()).isTrue();
			assertThat(then.usedMgLast24h()).isEqualTo(800);
			assertThat(then.maxNextDoseMg()).isEqualTo(400);
		}

		@Test
		void nextAllowedAtIsTheLaterOfTheGapAndTheRollingWindow() {
			// The window frees room in 1 hour, but the last dose was 1 hour ago: the gap
			// decides (3 hours from now).
			MedicineStatus gapDecides = adult().took(IBUPROFEN, 400, 23)
				.took(IBUPROFEN, 400, 22)
				.took(IBUPROFEN, 400, 1)
				.check(IBUPROFEN);
			assertThat(gapDecides.nextAllowedAt()).isEqualTo(hoursFromNow(3));
			// The gap has passed, but the full 1,200 mg is in the window until the dose
			// of
			// 20 hours ago is 24 hours old: the window decides (4 hours from now).
			MedicineStatus windowDecides = adult().took(IBUPROFEN, 400, 20)
				.took(IBUPROFEN, 400, 16)
				.took(IBUPROFEN, 400, 12)
				.check(IBUPROFEN);
			assertThat(windowDecides.nextAllowedAt()).isEqualTo(hoursFromNow(4));
			assertThat(windowDecides.reasons()).contains("You can take ibuprofen again in 4 hours.");
		}

		@Test
		void moreThanTheCeilingSaysToGetHelpNow() {
			MedicineStatus acetaminophen = adult().took(ACETAMINOPHEN, 5000, 3).check(ACETAMINOPHEN);
			assertThat(acetaminophen.allowedNow()).isFalse();
			assertThat(acetaminophen.percentOfDailyMax()).isEqualTo(125);
			assertThat(acetaminophen.warnings().get(0).code()).isEqualTo("over_daily_max");
			assertThat(acetaminophen.warnings().get(0).text()).contains("Get medical help");
			assertThat(acetaminophen.warns("single_dose_over_label")).isTrue();
			assertThat(acetaminophen.nextAllowedAt()).isEqualTo(hoursFromNow(21));
		}

	}

	@Nested
	class NearTheCeiling {

		@Test
		void warnsFrom75Percent() {
			MedicineStatus at75 = adult().took(IBUPROFEN, 400, 12)
				.took(IBUPROFEN, 300, 8)
				.took(IBUPROFEN, 200, 4)
				.check(IBUPROFEN);
			assertThat(at75.percentOfDailyMax()).isEqualTo(75);
			assertThat(at75.warns("near_daily_max")).isTrue();
			assertThat(at75.warnings()).filteredOn((w) -> w.code().equals("near_daily_max"))
				.singleElement()
				.satisfies((w) -> {
					assertThat(w.text()).contains("75%", "900 of 1,200 mg");
					assertThat(w.source()).contains("FDA Drug Facts");
				});
		}

		@Test
		void doesNotWarnBelow75Percent() {
			MedicineStatus at66 = adult().took(IBUPROFEN, 400, 8).took(IBUPROFEN, 400, 4).check(IBUPROFEN);
			assertThat(at66.percentOfDailyMax()).isEqualTo(66);
			assertThat(at66.warns("near_daily_max")).isFalse();
		}

	}

	@Nested
	class NaproxenFirstDose {

		@Test
		void mayBe440MgWhenNoneWasTakenInThePast24Hours() {
			assertThat(adult().check(NAPROXEN).maxNextDoseMg()).isEqualTo(440);
			assertThat(adult().took(NAPROXEN, 440, 25).check(NAPROXEN).maxNextDoseMg()).isEqualTo(440);
		}

		@Test
		void laterDosesAre220Mg() {
			MedicineStatus naproxen = adult().took(NAPROXEN, 440, 12).check(NAPROXEN);
			assertThat(naproxen.allowedNow()).isTrue();
			assertThat(naproxen.maxNextDoseMg()).isEqualTo(220);
			assertThat(naproxen.warns("single_dose_over_label")).isFalse();
		}

		@Test
		void after440MgTheNextTabletWaits12HoursNotEight() {
			MedicineStatus naproxen = adult().took(NAPROXEN, 440, 8).check(NAPROXEN);
			assertThat(naproxen.usedMgLast24h()).isEqualTo(440);
			assertThat(naproxen.allowedNow()).isFalse();
			assertThat(naproxen.maxNextDoseMg()).isZero();
			assertThat(naproxen.nextAllowedAt()).isEqualTo(hoursFromNow(4));
			assertThat(naproxen.reasons()).contains(
					"You have taken 440 mg of naproxen in the last 12 hours; no more than 440 mg should be taken in any 12 hours, so the next dose waits until earlier doses are 12 hours old.",
					"You can take naproxen again in 4 hours.");
			assertThat(adult().took(NAPROXEN, 440, 11.99).check(NAPROXEN).allowedNow()).isFalse();
		}

		@Test
		void twoTabletsWithinTheFirstHourCountFrom12HoursAfterTheFirstOfThem() {
			MedicineStatus naproxen = adult().took(NAPROXEN, 220, 11).took(NAPROXEN, 220, 10.5).check(NAPROXEN);
			assertThat(naproxen.allowedNow()).isFalse();
			assertThat(naproxen.nextAllowedAt()).isEqualTo(hoursFromNow(1));
			MedicineStatus then = adult().at(hoursFromNow(1))
				.took(NAPROXEN, 220, 11)
				.took(NAPROXEN, 220, 10.5)
				.check(NAPROXEN);
			assertThat(then.allowedNow()).isTrue();
			assertThat(then.maxNextDoseMg()).isEqualTo(220);
		}

		@Test
		void aSingle220MgTabletStillNeedsOnlyEightHours() {
			MedicineStatus naproxen = adult().took(NAPROXEN, 220, 8).check(NAPROXEN);
			assertThat(naproxen.allowedNow()).isTrue();
			assertThat(naproxen.maxNextDoseMg()).isEqualTo(220);
			MedicineStatus third = adult().took(NAPROXEN, 220, 16).took(NAPROXEN, 220, 8).check(NAPROXEN);
			assertThat(third.allowedNow()).isTrue();
			assertThat(third.maxNextDoseMg()).isEqualTo(220);
		}

		@Test
		void afterAFirstDoseOf440AndOneOf220TheDayIsFull() {
			MedicineStatus naproxen = adult().took(NAPROXEN, 440, 20).took(NAPROXEN, 220, 10).check(NAPROXEN);
			assertThat(naproxen.usedMgLast24h()).isEqualTo(660);
			assertThat(naproxen.allowedNow()).isFalse();
			assertThat(naproxen.nextAllowedAt()).isEqualTo(hoursFromNow(4));
		}

		@Test
		void aSecond440MgDoseIsOverTheLabel() {
			MedicineStatus naproxen = adult().took(NAPROXEN, 220, 20).took(NAPROXEN, 440, 10).check(NAPROXEN);
			assertThat(naproxen.warns("single_dose_over_label")).isTrue();
		}

	}

	@Nested
	class TwoAntiInflammatories {

		@Test
		void afterIbuprofenNoOtherOralNsaidFor24Hours() {
			MedicineCheckResult result = adult().took(IBUPROFEN, 400, 6).check();
			for (Medicine other : new Medicine[] { NAPROXEN, ASPIRIN }) {
				MedicineStatus status = result.of(other);
				assertThat(status.allowedNow()).isFalse();
				assertThat(status.maxNextDoseMg()).isZero();
				assertThat(status.nextAllowedAt()).isEqualTo(hoursFromNow(18));
				assertThat(status.reasons()).contains(
						"You took ibuprofen 6 hours ago. Never take two different anti-inflammatory medicines within 24 hours of each other.");
			}
			assertThat(result.of(IBUPROFEN).allowedNow()).isTrue();
			assertThat(result.of(ACETAMINOPHEN).allowedNow()).isTrue();
		}

		@Test
		void havingTakenTwoWarnsNeverToCombineThem() {
			MedicineCheckResult result = adult().took(IBUPROFEN, 400, 6).took(NAPROXEN, 220, 2).check();
			assertThat(result.of(IBUPROFEN).warns("combined_nsaids")).isTrue();
			assertThat(result.of(NAPROXEN).warns("combined_nsaids")).isTrue();
			assertThat(result.of(ASPIRIN).warns("combined_nsaids")).isFalse();
			assertThat(result.of(IBUPROFEN).allowedNow()).isFalse();
			assertThat(result.of(IBUPROFEN).nextAllowedAt()).isEqualTo(hoursFromNow(22));
			assertThat(result.of(NAPROXEN).nextAllowedAt()).isEqualTo(hoursFromNow(18));
			assertThat(result.of(ACETAMINOPHEN).allowedNow()).isTrue();
		}

		@Test
		void aDayLaterAnotherIsAllowed() {
			assertThat(adult().took(IBUPROFEN, 400, 24).check(NAPROXEN).allowedNow()).isTrue();
		}

	}

	@Nested
	class DaysOfUse {

		@Test
		void aDoseOnTenOfTheLast14DaysSaysToSeeAClinician() {
			Doses doses = adult();
			for (int day = 0; day < 10; day++) {
				doses.took(IBUPROFEN, 200, 24 * day + 5);
			}
			MedicineStatus ibuprofen = doses.check(IBUPROFEN);
			assertThat(ibuprofen.daysOfUse()).isEqualTo(10);
			assertThat(ibuprofen.warns("days_of_use")).isTrue();
			assertThat(ibuprofen.warnings()).filteredOn((w) -> w.code().equals("days_of_use"))
				.singleElement()
				.satisfies((w) -> assertThat(w.text()).contains("10 of the last 14 days", "doctor or pharmacist"));
			// The tenth day is today's: a dose now is still within the 10 days.
			assertThat(ibuprofen.allowedNow()).isTrue();
			assertThat(ibuprofen.nextAllowedAt()).isEqualTo(NOW);
			assertThat(ibuprofen.warns("over_days_of_use")).isFalse();
		}

		@Test
		void moreThanTenDaysMeansNoNextTimeWithoutAdvice() {
			Doses doses = adult();
			for (int day = 0; day < 11; day++) {
				doses.took(IBUPROFEN, 200, 24 * day + 5);
			}
			MedicineCheckResult result = doses.check();
			MedicineStatus ibuprofen = result.of(IBUPROFEN);
			assertThat(ibuprofen.daysOfUse()).isEqualTo(11);
			assertThat(ibuprofen.allowedNow()).isFalse();
			assertThat(ibuprofen.nextAllowedAt()).isNull();
			assertThat(ibuprofen.maxNextDoseMg()).isZero();
			assertThat(ibuprofen.reasons()).containsExactly(
					"You have taken ibuprofen on 11 of the last 14 days, more than the 10 days it should be used without advice. Do not take it again until a pharmacist or doctor has advised you, and see one soon: sooner if the pain gets worse.");
			assertThat(ibuprofen.warnings()).filteredOn((w) -> w.code().equals("over_days_of_use"))
				.singleElement()
				.satisfies((w) -> {
					assertThat(w.text()).isEqualTo(ibuprofen.reasons().get(0));
					assertThat(w.source()).isEqualTo("FDA Drug Facts; BNF");
				});
			// The stronger answer replaces the warning that only asked for advice.
			assertThat(ibuprofen.warns("days_of_use")).isFalse();
			assertThat(result.of(ACETAMINOPHEN).allowedNow()).isTrue();
		}

		@Test
		void tenDaysNotIncludingTodayMeanADoseNowWouldBeTheEleventh() {
			Doses doses = adult();
			for (int day = 1; day <= 10; day++) {
				doses.took(ACETAMINOPHEN, 1000, 24 * day + 5);
			}
			MedicineStatus acetaminophen = doses.check(ACETAMINOPHEN);
			assertThat(acetaminophen.daysOfUse()).isEqualTo(10);
			assertThat(acetaminophen.allowedNow()).isFalse();
			assertThat(acetaminophen.nextAllowedAt()).isNull();
			assertThat(acetaminophen.reasons()).singleElement()
				.satisfies((r) -> assertThat(r).startsWith(
						"You have taken acetaminophen (paracetamol) on 10 of the last 14 days; another dose would make it more than 10 days, the most it should be used without advice."));
			assertThat(acetaminophen.warns("over_days_of_use")).isTrue();
		}

		@Test
		void whenTheNextDoseIsLaterTheDaysAreCountedAtThatTime() {
			// Ten days of use up to now, the last dose an hour ago. When the gap ends, 3
			// hours from now, the dose of 23 hours ago is more than a day old, the oldest
			// is in the eleventh day back and a dose then would make 11 days: no next
			// time is given now.
			Doses doses = adult().took(IBUPROFEN, 200, 1);
			for (int day = 0; day < 10; day++) {
				doses.took(IBUPROFEN, 200, 24 * day + 23);
			}
			MedicineStatus ibuprofen = doses.check(IBUPROFEN);
			assertThat(ibuprofen.daysOfUse()).isEqualTo(10);
			assertThat(ibuprofen.nextAllowedAt()).isNull();
			assertThat(ibuprofen.warns("over_days_of_use")).isTrue();
		}

		@Test
		void nineDaysDoNotWarnAndSeveralDosesInOneDayCountOnce() {
			Doses doses = adult();
			for (int day = 0; day < 9; day++) {
				doses.took(IBUPROFEN, 200, 24 * day + 5).took(IBUPROFEN, 200, 24 * day + 10);
			}
			MedicineStatus ibuprofen = doses.check(IBUPROFEN);
			assertThat(ibuprofen.daysOfUse()).isEqualTo(9);
			assertThat(ibuprofen.warns("days_of_use")).isFalse();
		}

		@Test
		void daysAreConsecutive24HourPeriodsBackFromNowOverTheLast14() {
			MedicineStatus ibuprofen = adult().took(IBUPROFEN, 200, 0.5)
				.took(IBUPROFEN, 200, 23.9)
				.took(IBUPROFEN, 200, 24)
				.took(IBUPROFEN, 200, 24 * 14 - 0.1)
				.took(IBUPROFEN, 200, 24 * 14)
				.check(IBUPROFEN);
			assertThat(ibuprofen.daysOfUse()).isEqualTo(3);
		}

	}

	@Nested
	class NoDosesForThisPerson {

		@Test
		void under16NothingIsAllowedAndAPharmacistOrDoctorShouldAdvise() {
			MedicineCheckResult result = adult().age(15).check();
			assertThat(result.medicines()).allSatisfy((status) -> {
				assertThat(status.allowedNow()).isFalse();
				assertThat(status.nextAllowedAt()).isNull();
				assertThat(status.maxNextDoseMg()).isZero();
				assertThat(status.reasons()).anySatisfy((r) -> assertThat(r).contains("pharmacist or doctor"));
				assertThat(status.warns("no_doses_under_16")).isTrue();
			});
			assertThat(result.of(ASPIRIN).reasons()).anySatisfy((r) -> assertThat(r).contains("Reye's syndrome"));
		}

		@Test
		void sixteenIsOldEnough() {
			assertThat(adult().age(16).check(ACETAMINOPHEN).allowedNow()).isTrue();
		}

		@Test
		void aStomachUlcerRulesOutTheOralAntiInflammatories() {
			MedicineCheckResult result = adult().history(History.STOMACH_ULCER).check();
			for (Medicine nsaid : new Medicine[] { IBUPROFEN, NAPROXEN, ASPIRIN }) {
				MedicineStatus status = result.of(nsaid);
				assertThat(status.allowedNow()).isFalse();
				assertThat(status.nextAllowedAt()).isNull();
				assertThat(status.reasons()).anySatisfy((r) -> assertThat(r).contains("stomach ulcer"));
				assertThat(status.warnings()).filteredOn((w) -> w.code().equals("nsaid_stomach_ulcer"))
					.singleElement()
					.satisfies((w) -> assertThat(w.source()).isEqualTo("FDA Drug Facts; NICE NG59"));
			}
			assertThat(result.of(ACETAMINOPHEN).allowedNow()).isTrue();
		}

		@Test
		void pregnancyRulesOutTheOralAntiInflammatoriesButNotAcetaminophen() {
			MedicineCheckResult result = adult().pregnant(12).check();
			assertThat(result.of(IBUPROFEN).allowedNow()).isFalse();
			assertThat(result.of(IBUPROFEN).nextAllowedAt()).isNull();
			assertThat(result.of(IBUPROFEN).warns("nsaid_pregnancy")).isTrue();
			assertThat(result.of(NAPROXEN).warns("nsaid_pregnancy")).isTrue();
			assertThat(result.of(ACETAMINOPHEN).allowedNow()).isTrue();
			assertThat(result.of(ACETAMINOPHEN).warns("acetaminophen_pregnancy")).isTrue();
		}

		@Test
		void liverDiseaseRulesOutAcetaminophen() {
			MedicineCheckResult result = adult().history(History.LIVER_DISEASE).check();
			MedicineStatus acetaminophen = result.of(ACETAMINOPHEN);
			assertThat(acetaminophen.allowedNow()).isFalse();
			assertThat(acetaminophen.nextAllowedAt()).isNull();
			assertThat(acetaminophen.reasons()).anySatisfy((r) -> assertThat(r).contains("liver disease"));
			assertThat(acetaminophen.warns("acetaminophen_liver_disease")).isTrue();
			assertThat(result.of(IBUPROFEN).allowedNow()).isTrue();
		}

		@Test
		void from65TheOralAntiInflammatoriesAreLeftOut() {
			MedicineCheckResult result = adult().age(65).check();
			assertThat(result.of(IBUPROFEN).allowedNow()).isFalse();
			assertThat(result.of(ACETAMINOPHEN).allowedNow()).isTrue();
		}

		@Test
		void whatWasTakenIsStillCountedAndAnOverdoseStillWarned() {
			MedicineStatus acetaminophen = adult().history(History.LIVER_DISEASE)
				.took(ACETAMINOPHEN, 5000, 2)
				.check(ACETAMINOPHEN);
			assertThat(acetaminophen.usedMgLast24h()).isEqualTo(5000);
			assertThat(acetaminophen.warns("over_daily_max")).isTrue();
		}

	}

	@Test
	void aDoseLoggedSecondsAheadOfNowCountsAndBlocks() {
		MedicineStatus ibuprofen = adult().took(IBUPROFEN, 400, -0.01).check(IBUPROFEN);
		assertThat(ibuprofen.usedMgLast24h()).isEqualTo(400);
		assertThat(ibuprofen.allowedNow()).isFalse();
		assertThat(ibuprofen.reasons()).contains("Your last dose was just now; wait at least 4 hours between doses.");
	}

	@Test
	void theResultIsJsonWithInstantsAsIsoTextAndNullWhenNeverAllowed() {
		MedicineCheckResult result = adult().history(History.LIVER_DISEASE).took(IBUPROFEN, 400, 2).check();
		JsonNode json = StrictJson.mapper().valueToTree(result);
		assertThat(json.get("engineVersion").stringValue()).isEqualTo(DoseGuard.VERSION);
		assertThat(json.get("checkedAt").stringValue()).isEqualTo("2025-03-10T12:00:00Z");
		JsonNode ibuprofen = json.get("medicines").get(0);
		assertThat(ibuprofen.get("medicine").stringValue()).isEqualTo("ibuprofen");
		assertThat(ibuprofen.get("nextAllowedAt").stringValue()).isEqualTo("2025-03-10T14:00:00Z");
		JsonNode acetaminophen = json.get("medicines").get(3);
		assertThat(acetaminophen.get("medicine").stringValue()).isEqualTo("acetaminophen");
		assertThat(acetaminophen.has("nextAllowedAt")).isTrue();
		assertThat(acetaminophen.get("nextAllowedAt").isNull()).isTrue();
		assertThat(acetaminophen.get("warnings").get(0).get("source").stringValue()).isNotBlank();
	}

	@Test
	void theAnswerSaysWhichPregnancyItAssumedAndLeavesTheListOutWhenNone() {
		JsonNode notSure = answer("{\"age\":30,\"pregnant\":\"not_sure\",\"now\":\"2025-03-10T12:00:00Z\"}");
		assertThat(notSure.get("notSure")).hasSize(2);
		assertThat(notSure.get("notSure").get(0).get("answer").stringValue()).isEqualTo("pregnant");
		assertThat(notSure.get("notSure").get(0).get("readAs").booleanValue()).isTrue();
		assertThat(notSure.get("notSure").get(1).get("answer").stringValue()).isEqualTo("pregnancyWeeks");
		assertThat(notSure.get("notSure").get(1).get("readAs").intValue())
			.isEqualTo(AssessmentInput.LATEST_PREGNANCY_WEEK);
		for (String week : List.of("", ",\"pregnancyWeeks\":\"not_sure\"")) {
			JsonNode lateWeek = answer("{\"age\":30,\"pregnant\":true" + week + "}");
			assertThat(lateWeek.get("notSure")).hasSize(1);
			assertThat(lateWeek.get("notSure").get(0).get("answer").stringValue()).isEqualTo("pregnancyWeeks");
			assertThat(lateWeek.get("notSure").get(0).get("readAs").intValue())
				.isEqualTo(AssessmentInput.LATEST_PREGNANCY_WEEK);
			// Read as late: the anti-inflammatories are ruled out, as in a known late
			// week.
			assertThat(lateWeek.get("medicines").get(0).get("allowedNow").booleanValue()).isFalse();
		}
		assertThat(answer("{\"age\":30,\"pregnant\":true,\"pregnancyWeeks\":12}").has("notSure")).isFalse();
		assertThat(answer("{\"age\":30}").has("notSure")).isFalse();
	}

	private static JsonNode answer(String json) {
		MedicineCheckResult result = DoseGuard
			.check(StrictJson.parse(json.getBytes(StandardCharsets.UTF_8), StrictJson.MAX_DOCUMENT_BYTES).value(), NOW)
			.value();
		return StrictJson.mapper().valueToTree(result);
	}

	@Test
	void durationsAreWordsRoundedUpForWaitsAndDownForTimeSince() {
		assertThat(DoseGuard.words(Duration.ofSeconds(3601), true).english()).isEqualTo("1 hour 1 minute");
		assertThat(DoseGuard.words(Duration.ofSeconds(3601), false).english()).isEqualTo("1 hour");
		assertThat(DoseGuard.words(Duration.ofMinutes(150), false).english()).isEqualTo("2 hours 30 minutes");
		assertThat(DoseGuard.words(Duration.ofSeconds(20), false).english()).isEqualTo("less than a minute");
		assertThat(DoseGuard.words(Duration.ofSeconds(20), true).english()).isEqualTo("1 minute");
	}

}
