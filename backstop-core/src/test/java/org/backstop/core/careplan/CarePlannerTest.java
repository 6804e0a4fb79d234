package org.backstop.core.careplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backstop.core.testing.Person.adult;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.backstop.core.AssessmentEngine;
import org.backstop.core.assessment.Equipment;
import org.backstop.core.assessment.History;
import org.backstop.core.assessment.Medicine;
import org.backstop.core.assessment.Sex;
import org.backstop.core.assessment.Symptom;
import org.backstop.core.assessment.Trauma;
import org.backstop.core.careplan.CarePlan.ExcludedItem;
import org.backstop.core.careplan.CarePlan.Item;
import org.backstop.core.careplan.CarePlan.Reason;
import org.backstop.core.selfcare.EvidenceGrade;
import org.backstop.core.testing.Person;
import org.backstop.core.triage.TriageLevel;

/** The plan, fitted to people whose history changes what is safe for them. */
class CarePlannerTest {

	@Test
	void anOrdinarySpasmGetsEverySectionWithDosesAndSources() {
		CarePlan plan = plan(adult().pain(5));
		assertThat(plan.urgent()).isNull();
		assertThat(plan.phase()).isEqualTo("acute");
		assertThat(plan.sections()).extracting(CarePlan.Section::id)
			.contains("staying_active", "heat", "cold", "medicines", "hydration", "sleep", "posture",
					"professional_care", "nutrition_and_prevention");
		assertThat(items(plan)).allSatisfy((item) -> {
			assertThat(item.id()).matches("[a-z][a-z0-9]*(_[a-z0-9]+)*");
			assertThat(item.whatToDo()).isNotBlank();
			assertThat(item.dose().summary()).isNotBlank();
			assertThat(item.why().source()).isNotBlank();
		});
		assertThat(ids(plan)).contains("stay_active", "heat_wrap", "cold_pack", "ibuprofen", "naproxen", "water",
				"sleep_position", "workstation_setup", "physiotherapy", "acupuncture", "turmeric");
		assertThat(plan.notice()).contains("does not replace");
	}

	@Test
	void theExampleOfTheIssueStomachUlcerRaynaudsAndThirtyWeeksPregnant() {
		CarePlan plan = plan(adult().age(31).pregnant(30).pain(6).history(History.STOMACH_ULCER, History.RAYNAUDS));
		Map<String, List<String>> excluded = excludedWithCodes(plan);
		assertThat(excluded.get("ibuprofen")).contains("nsaid_stomach_ulcer", "nsaid_pregnancy");
		assertThat(excluded.get("naproxen")).contains("nsaid_stomach_ulcer", "nsaid_pregnancy");
		assertThat(excluded.get("cold_pack")).containsExactly("cold_raynauds");
		assertThat(excluded.get("infrared_sauna")).containsExactly("sauna_pregnancy");
		assertThat(excluded.get("diclofenac_gel")).containsExactly("nsaid_gel_late_pregnancy");
		assertThat(ids(plan)).doesNotContainAnyElementsOf(excluded.keySet());
		// Still useful, dosed and cited advice:
		assertThat(item(plan, "heat_wrap").cautions()).anyMatch((c) -> c.contains("warmth on the back is fine"));
		assertThat(item(plan, "water").dose().litresPerDay()).isEqualTo(2.3);
		assertThat(item(plan, "sleep_position").whatToDo()).contains("under your bump").doesNotContain("on your back");
		assertThat(item(plan, "acetaminophen").cautions()).anyMatch((c) -> c.contains("midwife"));
		assertThat(plan.excluded())
			.allSatisfy((e) -> assertThat(e.reasons()).allSatisfy((r) -> assertThat(r.source()).isNotBlank()));
	}

	@Test
	void acetaminophenIsSuggestedOnlyWhereAntiInflammatoriesAreNotSuitable() {
		assertThat(ids(plan(adult()))).doesNotContain("acetaminophen");
		Item acetaminophen = item(plan(adult().history(History.KIDNEY_DISEASE)), "acetaminophen");
		assertThat(acetaminophen.why().grade()).isEqualTo(EvidenceGrade.NOT_EFFECTIVE);
		assertThat(acetaminophen.whatToDo()).startsWith("Anti-inflammatory tablets are not suitable for you.");
		assertThat(acetaminophen.dose().maxDailyMg()).isEqualTo(4000);
	}

	@Test
	void acetaminophenIsListedForSomeoneWhoAlreadyTakesIt() {
		Item acetaminophen = item(plan(adult().takes(Medicine.ACETAMINOPHEN)), "acetaminophen");
		assertThat(acetaminophen.whatToDo()).startsWith("You already take this");
		assertThat(acetaminophen.whatToDo()).as("anti-inflammatories suit this person")
			.doesNotContain("not suitable")
			.contains("may not help much");
		assertThat(item(plan(adult().takes(Medicine.ACETAMINOPHEN).history(History.STOMACH_ULCER)), "acetaminophen")
			.whatToDo()).contains("You already take this", "Anti-inflammatory tablets are not suitable for you.");
		assertThat(acetaminophen.cautions()).anyMatch((c) -> c.contains("count them all together"));
	}

	@Test
	void heavyDrinkingOrLowWeightLowersTheAcetaminophenCeiling() {
		assertThat(item(plan(adult().history(History.ANTICOAGULANTS, History.HEAVY_ALCOHOL)), "acetaminophen").dose()
			.maxDailyMg()).isEqualTo(3000);
		assertThat(item(plan(adult().history(History.HEART_DISEASE).weighs(45)), "acetaminophen").dose().maxDailyMg())
			.isEqualTo(3000);
	}

	@Test
	void liverDiseaseLeavesOutAcetaminophen() {
		CarePlan plan = plan(adult().history(History.LIVER_DISEASE, History.STOMACH_ULCER));
		assertThat(excludedWithCodes(plan).get("acetaminophen")).containsExactly("acetaminophen_liver_disease");
		assertThat(ids(plan)).doesNotContain("acetaminophen", "ibuprofen", "naproxen").contains("heat_wrap");
	}

	@Test
	void someoneOnIbuprofenIsNotOfferedASecondAntiInflammatory() {
		CarePlan plan = plan(adult().takes(Medicine.IBUPROFEN));
		assertThat(excludedWithCodes(plan).get("naproxen")).containsExactly("one_oral_nsaid_at_a_time");
		assertThat(item(plan, "ibuprofen").whatToDo()).startsWith("You already take this");
	}

	@Test
	void childrenGetNoMedicineDosesAndNeverAspirin() {
		CarePlan plan = plan(adult().age(14));
		assertThat(plan.sections()).extracting(CarePlan.Section::id).doesNotContain("medicines");
		Map<String, List<String>> excluded = excludedWithCodes(plan);
		assertThat(excluded.get("aspirin")).contains("aspirin_under_16", "no_doses_under_16");
		assertThat(excluded.get("ibuprofen")).contains("no_doses_under_16");
		assertThat(excluded.get("acetaminophen")).contains("no_doses_under_16");
	}

	@Test
	void fromSixtyFiveAntiInflammatoryTabletsAreLeftOutButTheGelStays() {
		CarePlan plan = plan(adult().age(70));
		assertThat(excludedWithCodes(plan).get("ibuprofen")).containsExactly("nsaid_older_age");
		assertThat(ids(plan)).contains("diclofenac_gel", "acetaminophen");
	}

	@Test
	void numbSkinLeavesOutHeatAndCold() {
		CarePlan plan = plan(adult().history(History.PERIPHERAL_NEUROPATHY).equipment(Equipment.HOT_WATER_BOTTLE));
		Map<String, List<String>> excluded = excludedWithCodes(plan);
		assertThat(excluded).containsKeys("heat_wrap", "hot_water_bottle", "cold_pack", "infrared_sauna");
		assertThat(plan.sections()).extracting(CarePlan.Section::id).doesNotContain("heat", "cold");
	}

	@Test
	void equipmentAtHandChangesWhatIsSuggested() {
		assertThat(ids(plan(adult()))).doesNotContain("hot_water_bottle", "infrared_sauna");
		CarePlan plan = plan(
				adult().equipment(Equipment.HOT_WATER_BOTTLE, Equipment.SAUNA_ACCESS, Equipment.HEAT_PACK));
		assertThat(ids(plan)).contains("hot_water_bottle", "infrared_sauna");
		assertThat(item(plan, "heat_wrap").whatToDo()).startsWith("Put your heat pack");
		assertThat(item(plan, "infrared_sauna").why().grade()).isEqualTo(EvidenceGrade.GUIDANCE_ONLY);
	}

	@Test
	void whereTheEvidenceIsWeakThePlanSaysSo() {
		CarePlan plan = plan(adult());
		assertThat(item(plan, "cold_pack").why().grade()).isEqualTo(EvidenceGrade.INSUFFICIENT);
		assertThat(item(plan, "turmeric").whatToDo()).startsWith("Not recommended as a treatment");
		assertThat(item(plan, "ginger").why().summary()).contains("No good evidence");
		assertThat(excludedWithCodes(plan).get("whole_body_cryotherapy")).containsExactly("cryotherapy_not_approved");
		assertThat(section(plan, "cold").note()).contains("too little evidence");
	}

	@Test
	void muscleRelaxantsAreOnlyEverSomethingToAskAbout() {
		Item item = item(plan(adult().pain(8)), "muscle_relaxant");
		assertThat(item.whatToDo()).contains("prescription");
		assertThat(item.dose().singleDoseMgMax()).isNull();
		assertThat(String.join(" ", item.cautions())).contains("drowsiness", "dependence");
		assertThat(ids(plan(adult().pain(2)))).doesNotContain("muscle_relaxant");
	}

	@Test
	void whenTriageAsksForCareThePlanOpensWithItAndKeepsOnlyComfortMeasures() {
		CarePlan plan = plan(adult().worseAtNightOrRest(false).with(Symptom.FEVER));
		assertThat(plan.urgent().level()).isEqualTo(TriageLevel.CONSULTATION_24);
		assertThat(plan.urgent().headline()).isEqualTo("See a doctor within 24 hours");
		assertThat(plan.sections()).extracting(CarePlan.Section::id)
			.doesNotContain("exercises", "posture", "professional_care", "nutrition_and_prevention")
			.contains("heat", "medicines", "sleep");
	}

	@Test
	void inAnEmergencyThePlanIsOnlyToGetHelp() {
		CarePlan plan = plan(adult().with(Symptom.SADDLE_NUMBNESS));
		assertThat(plan.urgent().level()).isEqualTo(TriageLevel.EMERGENCY);
		assertThat(plan.urgent().text()).contains("Get help now");
		assertThat(plan.sections()).isEmpty();
	}

	@Test
	void heartDiseaseLeavesOutSaunasAndAntiInflammatoriesAndCautionsAboutFluids() {
		CarePlan plan = plan(adult().sex(Sex.MALE).history(History.HEART_DISEASE).equipment(Equipment.SAUNA_ACCESS));
		Map<String, List<String>> excluded = excludedWithCodes(plan);
		assertThat(excluded.get("infrared_sauna")).containsExactly("sauna_heart_disease");
		assertThat(excluded.get("ibuprofen")).containsExactly("nsaid_heart_disease");
		assertThat(item(plan, "water").cautions()).anyMatch((c) -> c.contains("limit fluids"));
		assertThat(item(plan, "water").dose().litresPerDay()).isEqualTo(2.5);
	}

	@Test
	void manipulationIsLeftOutWithThinBonesOrABloodThinner() {
		assertThat(excludedWithCodes(plan(adult().history(History.OSTEOPOROSIS))).get("spinal_manipulation"))
			.containsExactly("manipulation_not_safe");
		assertThat(excludedWithCodes(plan(adult().history(History.ANTICOAGULANTS))).get("spinal_manipulation"))
			.containsExactly("manipulation_not_safe");
		assertThat(ids(plan(adult().trauma(Trauma.NONE).worseAtNightOrRest(false)))).contains("spinal_manipulation");
	}

	@Test
	void manipulationIsLeftOutWithAnInfectionRiskNightPainOrAnInjuryNotRuledOut() {
		for (History risk : List.of(History.IV_DRUG_USE, History.IMMUNOSUPPRESSION, History.RECENT_SPINAL_SURGERY,
				History.RECENT_INFECTION, History.DIABETES)) {
			assertThat(excludedWithCodes(plan(adult().trauma(Trauma.NONE).worseAtNightOrRest(false).history(risk)))
				.get("spinal_manipulation")).as(risk.code()).containsExactly("manipulation_not_safe");
		}
		assertThat(excludedWithCodes(plan(adult().trauma(Trauma.NONE).worseAtNightOrRest())).get("spinal_manipulation"))
			.containsExactly("manipulation_not_safe");
		assertThat(excludedWithCodes(plan(adult().worseAtNightOrRest(false))).get("spinal_manipulation"))
			.as("injury question not answered")
			.containsExactly("manipulation_not_safe");
	}

	@Test
	void highBloodPressureLeavesOutSaunasAndCautionsAntiInflammatoryTablets() {
		CarePlan plan = plan(
				adult().trauma(Trauma.NONE).worseAtNightOrRest(false).history(History.HIGH_BLOOD_PRESSURE));
		assertThat(excludedWithCodes(plan).get("infrared_sauna")).containsExactly("sauna_high_blood_pressure");
		assertThat(item(plan, "ibuprofen").cautions()).anyMatch((c) -> c.contains("blood pressure"));
	}

	@Test
	void antiInflammatoryTabletsAreLeftOutWhileAnInfectionIsSentForCare() {
		CarePlan fever = plan(adult().worseAtNightOrRest(false).with(Symptom.FEVER));
		assertThat(excludedWithCodes(fever).get("ibuprofen")).contains("nsaid_possible_infection");
		assertThat(ids(fever)).doesNotContain("ibuprofen", "naproxen").contains("acetaminophen");
		CarePlan kidney = plan(adult().with(Symptom.FLANK_PAIN, Symptom.PAINFUL_URINATION));
		assertThat(excludedWithCodes(kidney).get("naproxen")).contains("nsaid_possible_infection");
		// Frequent urine with side pain is sent for care as a kidney infection too.
		CarePlan frequent = plan(adult().worseAtNightOrRest(false).with(Symptom.FLANK_PAIN, Symptom.URINARY_FREQUENCY));
		assertThat(excludedWithCodes(frequent).get("ibuprofen")).contains("nsaid_possible_infection");
		CarePlan noFever = plan(adult().history(History.DIABETES).pain(8));
		assertThat(excludedWithCodes(noFever).get("ibuprofen")).contains("nsaid_possible_infection");
		assertThat(excludedWithCodes(plan(adult().history(History.DIABETES).pain(5).worseAtNightOrRest(false))))
			.doesNotContainKey("ibuprofen");
	}

	@Test
	void thePhaseFollowsTheDuration() {
		assertThat(CarePlanner.phase(adult().days(27).build())).isEqualTo("acute");
		assertThat(CarePlanner.phase(adult().days(28).build())).isEqualTo("subacute");
		assertThat(CarePlanner.phase(adult().days(84).build())).isEqualTo("chronic");
	}

	static CarePlan plan(Person person) {
		return AssessmentEngine.assess(person.build()).plan();
	}

	static List<Item> items(CarePlan plan) {
		return plan.sections().stream().flatMap((s) -> s.items().stream()).toList();
	}

	static List<String> ids(CarePlan plan) {
		return items(plan).stream().map(Item::id).toList();
	}

	static Item item(CarePlan plan, String id) {
		return items(plan).stream()
			.filter((i) -> i.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new AssertionError(id + " not in plan " + ids(plan)));
	}

	static CarePlan.Section section(CarePlan plan, String id) {
		return plan.sections().stream().filter((s) -> s.id().equals(id)).findFirst().orElseThrow();
	}

	static Map<String, List<String>> excludedWithCodes(CarePlan plan) {
		return plan.excluded()
			.stream()
			.collect(Collectors.toMap(ExcludedItem::id, (e) -> e.reasons().stream().map(Reason::code).toList(),
					(a, b) -> a));
	}

}
