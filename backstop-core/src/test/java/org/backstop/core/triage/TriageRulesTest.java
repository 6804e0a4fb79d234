package org.backstop.core.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backstop.core.assessment.History.CANCER;
import static org.backstop.core.assessment.History.DIABETES;
import static org.backstop.core.assessment.History.IMMUNOSUPPRESSION;
import static org.backstop.core.assessment.History.IV_DRUG_USE;
import static org.backstop.core.assessment.History.LONG_TERM_STEROIDS;
import static org.backstop.core.assessment.History.OSTEOPOROSIS;
import static org.backstop.core.assessment.History.RECENT_INFECTION;
import static org.backstop.core.assessment.History.RECENT_SPINAL_SURGERY;
import static org.backstop.core.assessment.History.SMOKER;
import static org.backstop.core.assessment.Symptom.ABDOMINAL_PAIN;
import static org.backstop.core.assessment.Symptom.ARM_NUMBNESS;
import static org.backstop.core.assessment.Symptom.ARM_WEAKNESS;
import static org.backstop.core.assessment.Symptom.BLOOD_IN_URINE;
import static org.backstop.core.assessment.Symptom.BOWEL_INCONTINENCE;
import static org.backstop.core.assessment.Symptom.CHEST_PAIN;
import static org.backstop.core.assessment.Symptom.CHILLS;
import static org.backstop.core.assessment.Symptom.CONTRACTIONS;
import static org.backstop.core.assessment.Symptom.FAINTING;
import static org.backstop.core.assessment.Symptom.FEVER;
import static org.backstop.core.assessment.Symptom.FLANK_PAIN;
import static org.backstop.core.assessment.Symptom.FOOT_DROP;
import static org.backstop.core.assessment.Symptom.GAIT_UNSTEADY;
import static org.backstop.core.assessment.Symptom.HAND_CLUMSINESS;
import static org.backstop.core.assessment.Symptom.LEG_NUMBNESS;
import static org.backstop.core.assessment.Symptom.LEG_PAIN_WALKING_EASED_BY_SITTING;
import static org.backstop.core.assessment.Symptom.LEG_WEAKNESS;
import static org.backstop.core.assessment.Symptom.MORNING_STIFFNESS_OVER_30MIN;
import static org.backstop.core.assessment.Symptom.NEW_SEXUAL_DYSFUNCTION;
import static org.backstop.core.assessment.Symptom.NIGHT_SWEATS;
import static org.backstop.core.assessment.Symptom.PAINFUL_URINATION;
import static org.backstop.core.assessment.Symptom.PROGRESSIVE_LEG_WEAKNESS;
import static org.backstop.core.assessment.Symptom.PULSATING_ABDOMINAL_MASS;
import static org.backstop.core.assessment.Symptom.SADDLE_NUMBNESS;
import static org.backstop.core.assessment.Symptom.SHORTNESS_OF_BREATH;
import static org.backstop.core.assessment.Symptom.TEARING_PAIN;
import static org.backstop.core.assessment.Symptom.UNEXPLAINED_WEIGHT_LOSS;
import static org.backstop.core.assessment.Symptom.URINARY_HESITANCY;
import static org.backstop.core.assessment.Symptom.URINARY_INCONTINENCE;
import static org.backstop.core.assessment.Symptom.URINARY_RETENTION;
import static org.backstop.core.assessment.Symptom.VAGINAL_BLEEDING;
import static org.backstop.core.assessment.Symptom.VOMITING;
import static org.backstop.core.testing.Person.adult;
import static org.backstop.core.triage.TriageLevel.CONSULTATION;
import static org.backstop.core.triage.TriageLevel.CONSULTATION_24;
import static org.backstop.core.triage.TriageLevel.EMERGENCY;
import static org.backstop.core.triage.TriageLevel.EMERGENCY_AMBULANCE;
import static org.backstop.core.triage.TriageLevel.SELF_CARE;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.backstop.core.assessment.History;
import org.backstop.core.assessment.Mobility;
import org.backstop.core.assessment.Onset;
import org.backstop.core.assessment.Radiation;
import org.backstop.core.assessment.Region;
import org.backstop.core.assessment.Sex;
import org.backstop.core.assessment.Symptom;
import org.backstop.core.assessment.Trauma;
import org.backstop.core.testing.Person;

/**
 * Every triage rule, one by one: an example that makes it fire and decide the level, and
 * the near misses that must not fire it.
 */
class TriageRulesTest {

	/**
	 * One smallest example per rule; the rule must fire and be what decides the level.
	 */
	static final Map<String, Person> EXAMPLES = new LinkedHashMap<>();

	static {
		EXAMPLES.put("aortic_dissection_suspected", adult().region(Region.UPPER_BACK).with(TEARING_PAIN));
		EXAMPLES.put("aortic_aneurysm_suspected", adult().with(PULSATING_ABDOMINAL_MASS));
		EXAMPLES.put("collapse_with_back_pain", adult().with(FAINTING));
		EXAMPLES.put("cardiac_pain_suspected", adult().region(Region.UPPER_BACK).with(CHEST_PAIN));
		EXAMPLES.put("fracture_major_trauma_cannot_walk",
				adult().trauma(Trauma.MAJOR).mobility(Mobility.UNABLE_TO_WALK));
		EXAMPLES.put("cauda_equina_bladder_or_bowel", adult().with(URINARY_RETENTION));
		EXAMPLES.put("cauda_equina_suspected", adult().with(SADDLE_NUMBNESS));
		EXAMPLES.put("sciatica_both_legs", adult().radiation(Radiation.BOTH_LEGS).days(10));
		EXAMPLES.put("progressive_neurological_deficit", adult().with(PROGRESSIVE_LEG_WEAKNESS));
		EXAMPLES.put("spinal_infection_suspected", adult().with(FEVER).history(IV_DRUG_USE));
		EXAMPLES.put("cancer_with_nerve_symptoms", adult().history(CANCER).with(LEG_NUMBNESS));
		EXAMPLES.put("fracture_major_trauma", adult().trauma(Trauma.MAJOR));
		EXAMPLES.put("kidney_infection_severe", adult().with(FLANK_PAIN, FEVER, VOMITING));
		EXAMPLES.put("kidney_stone_with_fever", adult().with(FLANK_PAIN, BLOOD_IN_URINE, FEVER));
		EXAMPLES.put("pregnancy_warning_signs", adult().pregnant(30).with(VAGINAL_BLEEDING));
		EXAMPLES.put("cervical_myelopathy_urgent", adult().region(Region.NECK).with(URINARY_HESITANCY));
		EXAMPLES.put("neurological_deficit", adult().with(LEG_WEAKNESS));
		EXAMPLES.put("possible_spinal_infection", adult().with(FEVER).worseAtNightOrRest(false));
		EXAMPLES.put("cancer_history", adult().history(CANCER));
		EXAMPLES.put("possible_malignancy_several_signs", adult().age(60).with(UNEXPLAINED_WEIGHT_LOSS, NIGHT_SWEATS));
		EXAMPLES.put("fracture_fragility", adult().trauma(Trauma.MINOR).history(OSTEOPOROSIS));
		EXAMPLES.put("kidney_infection_suspected", adult().with(FLANK_PAIN, PAINFUL_URINATION));
		EXAMPLES.put("kidney_stone_suspected", adult().with(FLANK_PAIN, BLOOD_IN_URINE));
		EXAMPLES.put("cervical_myelopathy_suspected", adult().with(HAND_CLUMSINESS));
		EXAMPLES.put("unable_to_walk", adult().mobility(Mobility.UNABLE_TO_WALK));
		EXAMPLES.put("not_coping_with_pain", adult().pain(9).mobility(Mobility.SEVERELY_LIMITED));
		EXAMPLES.put("child_with_warning_signs", adult().age(12).worseAtNightOrRest());
		EXAMPLES.put("possible_malignancy", adult().age(60).with(NIGHT_SWEATS));
		EXAMPLES.put("spinal_stenosis_pattern", adult().age(70).days(200).with(LEG_PAIN_WALKING_EASED_BY_SITTING));
		EXAMPLES.put("both_legs_long_standing", adult().radiation(Radiation.BOTH_LEGS).days(91));
		EXAMPLES.put("both_legs_subacute", adult().radiation(Radiation.BOTH_LEGS).days(57));
		EXAMPLES.put("inflammatory_back_pain_pattern",
				adult().age(30).days(120).onset(Onset.GRADUAL).with(MORNING_STIFFNESS_OVER_30MIN));
		EXAMPLES.put("sciatica_not_settling", adult().radiation(Radiation.BELOW_KNEE).days(29));
		EXAMPLES.put("self_care_not_working", adult().days(28).selfCare(4, false));
		EXAMPLES.put("pain_beyond_acute_period", adult().days(43));
		EXAMPLES.put("child_back_pain", adult().age(15));
		EXAMPLES.put("symptom_needs_review", adult().with(ABDOMINAL_PAIN));
		EXAMPLES.put("known_aneurysm_with_pain", adult().history(History.KNOWN_AORTIC_ANEURYSM).with(ABDOMINAL_PAIN));
		EXAMPLES.put("known_aneurysm_back_pain",
				adult().history(History.KNOWN_AORTIC_ANEURYSM).pain(4).onset(Onset.GRADUAL));
		EXAMPLES.put("cardiac_pain_atypical", adult().region(Region.UPPER_BACK).with(VOMITING));
		EXAMPLES.put("spinal_infection_without_fever", adult().history(IV_DRUG_USE).pain(8));
		EXAMPLES.put("infection_risk_night_pain_unknown", adult().history(IV_DRUG_USE).pain(4));
		EXAMPLES.put("spinal_infection_severe_night_pain",
				adult().history(DIABETES).pain(8).worseAtNightOrRest().trauma(Trauma.NONE));
		EXAMPLES.put("light_headed_with_back_pain", adult().age(23).with(Symptom.LIGHT_HEADEDNESS));
		EXAMPLES.put("infection_risk_pain_getting_worse",
				adult().history(DIABETES).worseAtNightOrRest(false).with(Symptom.PAIN_GETTING_WORSE));
		EXAMPLES.put("child_unable_to_walk", adult().age(4).mobility(Mobility.UNABLE_TO_WALK));
		EXAMPLES.put("sudden_severe_pain_high_aneurysm_risk",
				adult().age(55).sex(Sex.MALE).history(SMOKER).pain(8).onset(Onset.SUDDEN));
		EXAMPLES.put("fracture_fragility_severe",
				adult().age(72).history(OSTEOPOROSIS).trauma(Trauma.MINOR).mobility(Mobility.UNABLE_TO_WALK));
		EXAMPLES.put("sudden_severe_belly_and_back_pain", adult().pain(8).onset(Onset.SUDDEN).with(ABDOMINAL_PAIN));
		EXAMPLES.put("kidney_stone_complicated", adult().with(FLANK_PAIN, BLOOD_IN_URINE, VOMITING));
		EXAMPLES.put("spinal_infection_risk", adult().history(DIABETES).worseAtNightOrRest());
		EXAMPLES.put("pregnancy_urinary_symptoms", adult().pregnant(30).with(PAINFUL_URINATION));
		EXAMPLES.put("back_and_belly_pain_over_50", adult().age(60).onset(Onset.GRADUAL).pain(4).with(ABDOMINAL_PAIN));
		EXAMPLES.put("night_pain_persisting", adult().age(30).worseAtNightOrRest().days(20));
		EXAMPLES.put("fracture_fragility_possible", adult().history(OSTEOPOROSIS).pain(4).trauma(Trauma.NONE));
		EXAMPLES.put("sciatica_without_deficit", adult().radiation(Radiation.BELOW_KNEE));
		EXAMPLES.put("dissection_risk_sudden_pain",
				adult().history(History.CONNECTIVE_TISSUE_DISORDER)
					.region(Region.UPPER_BACK)
					.pain(8)
					.onset(Onset.SUDDEN));
		EXAMPLES.put("sepsis_signs", adult().with(Symptom.FEVER, Symptom.CONFUSION));
		EXAMPLES.put("pregnancy_heavy_bleeding", adult().pregnant(20).with(Symptom.HEAVY_VAGINAL_BLEEDING));
		EXAMPLES.put("weakness_both_legs", adult().with(Symptom.WEAKNESS_BOTH_LEGS));
		EXAMPLES.put("fracture_signs_after_injury", adult().trauma(Trauma.MINOR).with(Symptom.BRUISING_OVER_SPINE));
		EXAMPLES.put("fracture_signs_on_the_back", adult().trauma(Trauma.NONE).with(Symptom.SPINAL_DEFORMITY));
		EXAMPLES.put("pain_getting_worse", adult().days(10).with(Symptom.PAIN_GETTING_WORSE));
		EXAMPLES.put("new_confusion", adult().with(Symptom.CONFUSION));
		EXAMPLES.put("sudden_severe_pain_with_aneurysm_risk",
				adult().age(55).history(History.SMOKER).pain(8).onset(Onset.SUDDEN));
	}

	@Test
	void everyRuleHasAnExample() {
		assertThat(EXAMPLES.keySet())
			.containsExactlyInAnyOrderElementsOf(TriageRules.ALL.stream().map(TriageRule::code).toList());
	}

	@TestFactory
	Stream<DynamicTest> eachRuleFiresOnItsExampleAndDecidesTheLevel() {
		return TriageRules.ALL.stream().map((rule) -> DynamicTest.dynamicTest(rule.code(), () -> {
			TriageResult result = Triage.evaluate(EXAMPLES.get(rule.code()).build());
			assertThat(codes(result)).contains(rule.code());
			assertThat(result.level()).isEqualTo(rule.level());
			assertThat(result.headline()).isEqualTo(rule.level().headline());
		}));
	}

	@Test
	void anOrdinaryBackSpasmIsSelfCareWithNoReasonsButWithWarningSigns() {
		TriageResult result = Triage.evaluate(adult().pain(6).spasmsPerWeek(10).build());
		assertThat(result.level()).isEqualTo(SELF_CARE);
		assertThat(result.reasons()).isEmpty();
		assertThat(result.watchFor()).hasSizeGreaterThanOrEqualTo(5);
		assertThat(result.neurologicalExamination()).isNull();
	}

	@Test
	void theMostUrgentRuleDecidesAndEveryFiredRuleIsListedMostUrgentFirst() {
		TriageResult result = Triage.evaluate(adult().age(60).with(SADDLE_NUMBNESS, CHEST_PAIN).days(50).build());
		assertThat(result.level()).isEqualTo(EMERGENCY_AMBULANCE);
		assertThat(codes(result)).containsExactly("cardiac_pain_suspected", "cauda_equina_suspected",
				"pain_beyond_acute_period");
	}

	@Nested
	class CaudaEquina {

		@Test
		void eachBladderOrBowelLossIsAnEmergency() {
			for (Symptom symptom : List.of(URINARY_RETENTION, URINARY_INCONTINENCE, BOWEL_INCONTINENCE)) {
				assertLevel(adult().pain(2).with(symptom), EMERGENCY, "cauda_equina_bladder_or_bowel");
			}
		}

		@Test
		void eachEarlySignIsAnEmergencyEvenWithAMinorSpasm() {
			for (Symptom symptom : List.of(SADDLE_NUMBNESS, NEW_SEXUAL_DYSFUNCTION, URINARY_HESITANCY)) {
				assertLevel(adult().pain(1).with(symptom), EMERGENCY, "cauda_equina_suspected");
			}
		}

		@Test
		void bothLegsIsAnEmergencyUpToEightWeeksThenWithin24HoursUpToThreeMonthsThenAConsultation() {
			assertLevel(adult().radiation(Radiation.BOTH_LEGS).days(56), EMERGENCY, "sciatica_both_legs");
			assertLevel(adult().radiation(Radiation.BOTH_LEGS).days(57), CONSULTATION_24, "both_legs_subacute");
			assertLevel(adult().radiation(Radiation.BOTH_LEGS).days(90), CONSULTATION_24, "both_legs_subacute");
			assertLevel(adult().radiation(Radiation.BOTH_LEGS).days(91), CONSULTATION, "both_legs_long_standing");
		}

		@Test
		void sciaticaThatHasJustBecomeTwoSidedIsAnEmergencyWhateverTheBackPainsAge() {
			assertLevel(adult().radiation(Radiation.BOTH_LEGS).days(200).legSymptomsDays(3), EMERGENCY,
					"sciatica_both_legs");
			assertLevel(adult().radiation(Radiation.BOTH_LEGS).days(200).legSymptomsDays(60), CONSULTATION_24,
					"both_legs_subacute");
		}

		@Test
		void oneLegIsNotCaudaEquina() {
			assertNotFired(adult().radiation(Radiation.BELOW_KNEE), "sciatica_both_legs");
			assertNotFired(adult().radiation(Radiation.BUTTOCK_THIGH), "sciatica_both_legs");
		}

	}

	@Nested
	class NerveDeficits {

		@Test
		void footDropIsAnEmergency() {
			assertLevel(adult().with(FOOT_DROP), EMERGENCY, "progressive_neurological_deficit");
		}

		@Test
		void stableWeaknessOrUnsteadyWalkingIsWithin24Hours() {
			assertLevel(adult().with(LEG_WEAKNESS), CONSULTATION_24, "neurological_deficit");
			assertLevel(adult().with(GAIT_UNSTEADY), CONSULTATION_24, "neurological_deficit");
		}

		@Test
		void stableWeaknessIsNotListedAgainWhenItIsProgressive() {
			TriageResult result = Triage.evaluate(adult().with(LEG_WEAKNESS, PROGRESSIVE_LEG_WEAKNESS).build());
			assertThat(codes(result)).contains("progressive_neurological_deficit")
				.doesNotContain("neurological_deficit");
		}

		@Test
		void sciaticaWithoutDeficitIsSelfCareForFourWeeks() {
			assertLevel(adult().radiation(Radiation.BELOW_KNEE).days(28), SELF_CARE, "sciatica_without_deficit");
			assertLevel(adult().with(LEG_NUMBNESS).days(29), CONSULTATION, "sciatica_not_settling");
		}

		@Test
		void legSymptomsBringTheNeurologicalExaminationExplanation() {
			assertThat(Triage.evaluate(adult().radiation(Radiation.BELOW_KNEE).build()).neurologicalExamination())
				.isNotNull();
			assertThat(Triage.evaluate(adult().with(URINARY_RETENTION).build()).neurologicalExamination()).isNotNull();
			NeurologicalExamination exam = Triage.evaluate(adult().with(LEG_WEAKNESS).build())
				.neurologicalExamination();
			assertThat(String.join(" ", exam.clinicianChecks())).contains("Reflexes", "Strength", "Walking", "Feeling");
			assertThat(exam.selfObservation()).anyMatch((s) -> s.contains("heels"));
			assertThat(exam.caution()).contains("do not replace an examination");
		}

		@Test
		void stenosisPatternIsARoutineConsultation() {
			assertLevel(adult().age(72).days(400).with(LEG_PAIN_WALKING_EASED_BY_SITTING), CONSULTATION,
					"spinal_stenosis_pattern");
		}

	}

	@Nested
	class Infection {

		@Test
		void feverWithEachRiskFactorIsAnEmergency() {
			for (var risk : List.of(IV_DRUG_USE, IMMUNOSUPPRESSION, RECENT_SPINAL_SURGERY, RECENT_INFECTION, DIABETES,
					LONG_TERM_STEROIDS)) {
				assertLevel(adult().with(FEVER).history(risk), EMERGENCY, "spinal_infection_suspected");
			}
		}

		@Test
		void chillsCountAsFever() {
			assertLevel(adult().with(CHILLS).history(DIABETES), EMERGENCY, "spinal_infection_suspected");
		}

		@Test
		void feverWithNightPainOrANerveSignIsAnEmergency() {
			assertLevel(adult().with(FEVER).worseAtNightOrRest(), EMERGENCY, "spinal_infection_suspected");
			assertLevel(adult().with(FEVER, LEG_NUMBNESS), EMERGENCY, "spinal_infection_suspected");
		}

		@Test
		void feverAloneIsWithin24HoursAndListedOnce() {
			assertLevel(adult().with(FEVER).worseAtNightOrRest(false), CONSULTATION_24, "possible_spinal_infection");
			TriageResult withRisk = Triage.evaluate(adult().with(FEVER).history(DIABETES).build());
			assertThat(codes(withRisk)).doesNotContain("possible_spinal_infection");
		}

		@Test
		void aRiskFactorWithoutFeverIsNotAnInfectionSign() {
			// With moderate pain that is not worse at night: no sign yet (a blank night
			// answer is another matter: infection_risk_night_pain_unknown).
			assertThat(
					Triage.evaluate(adult().history(DIABETES, IV_DRUG_USE).worseAtNightOrRest(false).build()).level())
				.isEqualTo(SELF_CARE);
		}

	}

	@Nested
	class Malignancy {

		@Test
		void cancerHistoryIsWithin24Hours() {
			assertLevel(adult().history(CANCER), CONSULTATION_24, "cancer_history");
		}

		@Test
		void cancerHistoryWithAnyNerveSignIsAnEmergency() {
			for (Symptom sign : List.of(LEG_WEAKNESS, LEG_NUMBNESS, GAIT_UNSTEADY, URINARY_HESITANCY)) {
				assertLevel(adult().history(CANCER).with(sign), EMERGENCY, "cancer_with_nerve_symptoms");
			}
		}

		@Test
		void weakSignsCountOnlyOverFifty() {
			assertLevel(adult().age(51).worseAtNightOrRest(), CONSULTATION, "possible_malignancy");
			assertNotFired(adult().age(50).worseAtNightOrRest(), "possible_malignancy");
		}

		@Test
		void twoWeakSignsOverFiftyAreWithin24Hours() {
			assertLevel(adult().age(55).with(NIGHT_SWEATS).worseAtNightOrRest(), CONSULTATION_24,
					"possible_malignancy_several_signs");
		}

		@Test
		void weightLossAtAnyAgeIsStillReviewed() {
			assertLevel(adult().age(30).with(UNEXPLAINED_WEIGHT_LOSS), CONSULTATION, "symptom_needs_review");
		}

	}

	@Nested
	class Fracture {

		@Test
		void majorTraumaIsAnEmergencyAndAnAmbulanceWhenTheLegsAreAffected() {
			assertLevel(adult().trauma(Trauma.MAJOR), EMERGENCY, "fracture_major_trauma");
			assertLevel(adult().trauma(Trauma.MAJOR).with(LEG_NUMBNESS), EMERGENCY_AMBULANCE,
					"fracture_major_trauma_cannot_walk");
		}

		@Test
		void minorTraumaWithFragileBonesOrFrom70IsWithin24Hours() {
			assertLevel(adult().trauma(Trauma.MINOR).history(LONG_TERM_STEROIDS), CONSULTATION_24,
					"fracture_fragility");
			assertLevel(adult().age(70).trauma(Trauma.MINOR), CONSULTATION_24, "fracture_fragility");
			assertNotFired(adult().age(69).trauma(Trauma.MINOR), "fracture_fragility");
		}

		@Test
		void suddenSeverePainWithOsteoporosisOrFrom70CountsWithoutTrauma() {
			assertLevel(adult().age(66).onset(Onset.SUDDEN).pain(8).trauma(Trauma.NONE).history(OSTEOPOROSIS),
					CONSULTATION_24, "fracture_fragility");
			assertLevel(adult().age(90).onset(Onset.SUDDEN).pain(7).trauma(Trauma.NONE), CONSULTATION_24,
					"fracture_fragility");
			assertNotFired(adult().onset(Onset.SUDDEN).pain(6).trauma(Trauma.NONE).history(OSTEOPOROSIS),
					"fracture_fragility");
			assertNotFired(adult().age(75).onset(Onset.SUDDEN).pain(4).trauma(Trauma.NONE), "fracture_fragility");
		}

		@Test
		void suddenPainOfAnyScoreWithOsteoporosisIsAConsultation() {
			assertLevel(adult().age(72).onset(Onset.SUDDEN).pain(4).trauma(Trauma.NONE).history(OSTEOPOROSIS),
					CONSULTATION, "fracture_fragility_possible");
			assertNotFired(adult().onset(Onset.GRADUAL).pain(4).history(OSTEOPOROSIS), "fracture_fragility_possible");
		}

		@Test
		void aPossibleFragilityFractureThatStopsWalkingOrTouchesANerveOrHasManyFlagsIsAnEmergency() {
			assertLevel(adult().age(76).history(OSTEOPOROSIS).trauma(Trauma.MINOR).mobility(Mobility.UNABLE_TO_WALK),
					EMERGENCY, "fracture_fragility_severe");
			assertLevel(adult().age(69).history(OSTEOPOROSIS).trauma(Trauma.MINOR).with(LEG_WEAKNESS), EMERGENCY,
					"fracture_fragility_severe");
			assertLevel(adult().age(80).history(OSTEOPOROSIS, LONG_TERM_STEROIDS).trauma(Trauma.MINOR), EMERGENCY,
					"fracture_fragility_severe");
			assertNotFired(adult().age(80).history(OSTEOPOROSIS).trauma(Trauma.NONE).onset(Onset.GRADUAL),
					"fracture_fragility_severe");
		}

	}

	@Nested
	class AortaAndHeart {

		@Test
		void suddenSeverePainWithBellyOrSidePainOverFiftyIsAnAmbulance() {
			assertLevel(adult().age(68).sex(Sex.MALE).history(SMOKER).onset(Onset.SUDDEN).pain(8).with(ABDOMINAL_PAIN),
					EMERGENCY_AMBULANCE, "aortic_aneurysm_suspected");
			assertLevel(adult().age(60).onset(Onset.SUDDEN).pain(9).with(FLANK_PAIN), EMERGENCY_AMBULANCE,
					"aortic_aneurysm_suspected");
		}

		@Test
		void bellyPainUnderFiftyOrWithoutSuddenSeverePainIsNotAnAneurysmSign() {
			assertNotFired(adult().age(49).onset(Onset.SUDDEN).pain(8).with(ABDOMINAL_PAIN),
					"aortic_aneurysm_suspected");
			assertNotFired(adult().age(70).onset(Onset.GRADUAL).pain(8).with(ABDOMINAL_PAIN),
					"aortic_aneurysm_suspected");
			assertNotFired(adult().age(70).onset(Onset.SUDDEN).pain(6).with(ABDOMINAL_PAIN),
					"aortic_aneurysm_suspected");
		}

		@Test
		void breathlessnessWithMidBackOrNeckPainIsAnAmbulance() {
			assertLevel(adult().region(Region.MID_BACK).with(SHORTNESS_OF_BREATH), EMERGENCY_AMBULANCE,
					"cardiac_pain_suspected");
			assertLevel(adult().region(Region.NECK).with(CHEST_PAIN), EMERGENCY_AMBULANCE, "cardiac_pain_suspected");
		}

	}

	@Nested
	class Kidney {

		@Test
		void sidePainWithFeverIsWithin24Hours() {
			assertLevel(adult().worseAtNightOrRest(false).with(FLANK_PAIN, FEVER), CONSULTATION_24,
					"kidney_infection_suspected");
		}

		@Test
		void sidePainWithFeverInPregnancyOrWithAWeakImmuneSystemIsAnEmergency() {
			assertLevel(adult().with(FLANK_PAIN, PAINFUL_URINATION).history(IMMUNOSUPPRESSION), EMERGENCY,
					"kidney_infection_severe");
			assertLevel(adult().pregnant(20).with(FLANK_PAIN, FEVER), EMERGENCY, "kidney_infection_severe");
		}

		@Test
		void sidePainAloneIsReviewed() {
			assertLevel(adult().with(FLANK_PAIN), CONSULTATION, "symptom_needs_review");
		}

	}

	@Nested
	class Pregnancy {

		@Test
		void ordinaryBackPainInPregnancyIsSelfCare() {
			assertThat(Triage.evaluate(adult().pregnant(30).pain(5).build()).level()).isEqualTo(SELF_CARE);
		}

		@Test
		void contractionsAreAnEmergencyWithOrWithoutThePregnancyField() {
			assertLevel(adult().pregnant(33).with(CONTRACTIONS), EMERGENCY, "pregnancy_warning_signs");
			assertLevel(adult().with(CONTRACTIONS), EMERGENCY, "pregnancy_warning_signs");
		}

		@Test
		void feverWithBurningUrineInPregnancyIsAnEmergency() {
			assertLevel(adult().pregnant(12).with(FEVER, PAINFUL_URINATION), EMERGENCY, "pregnancy_warning_signs");
		}

		@Test
		void bleedingOutsidePregnancyIsReviewedNotAnEmergency() {
			assertLevel(adult().pregnant(false).with(VAGINAL_BLEEDING), CONSULTATION, "symptom_needs_review");
		}

		@Test
		void pregnancyAddsItsWarningSigns() {
			assertThat(Triage.evaluate(adult().pregnant(25).build()).watchFor())
				.anyMatch((s) -> s.contains("maternity unit"));
		}

	}

	@Nested
	class InflammatoryBackPain {

		@Test
		void needsAllOfItsFeatures() {
			assertNotFired(adult().age(30).days(90).with(MORNING_STIFFNESS_OVER_30MIN),
					"inflammatory_back_pain_pattern");
			assertNotFired(adult().age(30).days(120).onset(Onset.SUDDEN).with(MORNING_STIFFNESS_OVER_30MIN),
					"inflammatory_back_pain_pattern");
			assertNotFired(adult().age(50).days(120).with(MORNING_STIFFNESS_OVER_30MIN),
					"inflammatory_back_pain_pattern");
		}

		@Test
		void countsTheAgeWhenThePainBegan() {
			assertLevel(adult().age(46).days(800).with(MORNING_STIFFNESS_OVER_30MIN), CONSULTATION,
					"inflammatory_back_pain_pattern");
		}

	}

	@Nested
	class CervicalMyelopathy {

		@Test
		void neckPainWithArmWeaknessOrUnsteadyWalkingIsWithin24Hours() {
			assertLevel(adult().region(Region.NECK).with(ARM_WEAKNESS), CONSULTATION_24,
					"cervical_myelopathy_suspected");
			assertLevel(adult().region(Region.NECK).with(GAIT_UNSTEADY), CONSULTATION_24,
					"cervical_myelopathy_suspected");
		}

		@Test
		void neckPainWithABladderChangeIsAnEmergency() {
			assertLevel(adult().region(Region.NECK).with(HAND_CLUMSINESS, URINARY_HESITANCY), EMERGENCY,
					"cervical_myelopathy_urgent");
		}

		@Test
		void armNumbnessAloneIsReviewed() {
			assertLevel(adult().region(Region.NECK).with(ARM_NUMBNESS), CONSULTATION, "symptom_needs_review");
		}

		@Test
		void neckPainAddsItsWarningSign() {
			assertThat(Triage.evaluate(adult().region(Region.NECK).build()).watchFor())
				.anyMatch((s) -> s.contains("Clumsy hands"));
		}

	}

	@Nested
	class NotSettlingOrNotCoping {

		@Test
		void selfCareForFourWeeksWithoutImprovementIsAConsultation() {
			assertLevel(adult().days(30).selfCare(4, false), CONSULTATION, "self_care_not_working");
			assertNotFired(adult().days(30).selfCare(3, false), "self_care_not_working");
			assertNotFired(adult().days(30).selfCare(6, true), "self_care_not_working");
		}

		@Test
		void painBeyondSixWeeksIsAConsultation() {
			assertNotFired(adult().days(42), "pain_beyond_acute_period");
			assertLevel(adult().days(43), CONSULTATION, "pain_beyond_acute_period");
		}

		@Test
		void severePainThatStopsMovementIsWithin24Hours() {
			assertNotFired(adult().pain(8).mobility(Mobility.SEVERELY_LIMITED), "not_coping_with_pain");
			assertNotFired(adult().pain(10).mobility(Mobility.REDUCED), "not_coping_with_pain");
		}

	}

	@Nested
	class Children {

		@Test
		void anyBackPainUnder16IsAConsultation() {
			assertLevel(adult().age(8).pain(2), CONSULTATION, "child_back_pain");
			assertNotFired(adult().age(16), "child_back_pain");
		}

		@Test
		void feverOrLegSignsInAChildAreWithin24Hours() {
			assertLevel(adult().age(10).with(LEG_NUMBNESS), CONSULTATION_24, "child_with_warning_signs");
			TriageResult result = Triage.evaluate(adult().age(10).with(CHILLS).build());
			assertThat(codes(result)).contains("child_with_warning_signs").doesNotContain("child_back_pain");
		}

	}

	@Nested
	class SafetyNetRule {

		@Test
		void isNotListedWhenAnotherRuleAlreadyAsksForAConsultationOrMore() {
			TriageResult result = Triage.evaluate(adult().days(60).with(ABDOMINAL_PAIN).build());
			assertThat(codes(result)).contains("pain_beyond_acute_period").doesNotContain("symptom_needs_review");
		}

		@Test
		void isListedWithoutTheSelfCareReasonThatWouldContradictIt() {
			TriageResult result = Triage.evaluate(adult().radiation(Radiation.BELOW_KNEE).with(VOMITING).build());
			assertThat(codes(result)).containsExactly("symptom_needs_review");
		}

	}

	/** A blank answer is read the cautious way where a rule depends on it. */
	@Nested
	class UnknownIsNotAbsent {

		@Test
		void anOnsetNotGivenCountsAsSuddenForTheAortaAndForFragileBones() {
			assertLevel(adult().age(70).pain(9).with(ABDOMINAL_PAIN), EMERGENCY_AMBULANCE, "aortic_aneurysm_suspected");
			assertLevel(adult().age(78).pain(8).trauma(Trauma.NONE).history(OSTEOPOROSIS), CONSULTATION_24,
					"fracture_fragility");
		}

		@Test
		void anInjuryNotGivenMayBeASmallFallWhenThePainIsNewAndTheBonesFragile() {
			assertLevel(adult().age(75).onset(Onset.GRADUAL).days(5), CONSULTATION_24, "fracture_fragility");
			assertNotFired(adult().age(75).onset(Onset.GRADUAL).days(200), "fracture_fragility");
			assertNotFired(adult().age(75).onset(Onset.GRADUAL).trauma(Trauma.NONE).days(5), "fracture_fragility");
		}

		@Test
		void feverWithTheNightPainQuestionNotAnsweredIsAnEmergency() {
			assertLevel(adult().with(FEVER), EMERGENCY, "spinal_infection_suspected");
		}

		@Test
		void bleedingWithThePregnancyQuestionBlankCountsAsAPossiblePregnancy() {
			assertLevel(adult().age(30).with(VAGINAL_BLEEDING), EMERGENCY, "pregnancy_warning_signs");
			assertLevel(adult().age(30).pregnant(false).with(VAGINAL_BLEEDING), CONSULTATION, "symptom_needs_review");
			assertLevel(adult().age(60).with(VAGINAL_BLEEDING), CONSULTATION, "symptom_needs_review");
		}

		@Test
		void mobilityNotGivenWithPainOf9MayBeNotCoping() {
			assertLevel(adult().pain(9), CONSULTATION_24, "not_coping_with_pain");
			assertNotFired(adult().pain(10).mobility(Mobility.NORMAL), "not_coping_with_pain");
		}

		@Test
		void aPregnancyOfUnknownWeekIsAssessedAsLate() {
			assertThat(adult().pregnant(true).build().pregnancyWeeksOrZero()).isEqualTo(45);
			assertLevel(adult().pregnant(true).with(ABDOMINAL_PAIN), EMERGENCY, "pregnancy_warning_signs");
		}

	}

	/** Nerve signs in the arms and hands count as nerve signs. */
	@Nested
	class ArmsAndHands {

		@Test
		void cancerWithArmOrHandSignsIsAnEmergency() {
			for (Symptom sign : List.of(ARM_WEAKNESS, ARM_NUMBNESS, HAND_CLUMSINESS)) {
				assertLevel(adult().region(Region.NECK).history(CANCER).with(sign), EMERGENCY,
						"cancer_with_nerve_symptoms");
			}
		}

		@Test
		void majorTraumaWithAnArmSignIsAnAmbulance() {
			assertLevel(adult().trauma(Trauma.MAJOR).with(ARM_NUMBNESS), EMERGENCY_AMBULANCE,
					"fracture_major_trauma_cannot_walk");
		}

		@Test
		void feverWithClumsyHandsIsAnEmergency() {
			assertLevel(adult().with(FEVER, HAND_CLUMSINESS), EMERGENCY, "spinal_infection_suspected");
		}

		@Test
		void aWeakArmWithUpperBackPainIsWithin24Hours() {
			assertLevel(adult().region(Region.UPPER_BACK).with(ARM_WEAKNESS), CONSULTATION_24, "neurological_deficit");
		}

	}

	@Nested
	class InfectionWithoutFever {

		@Test
		void aStrongRiskFactorWithSevereOrNightPainIsAnEmergency() {
			for (var risk : List.of(IV_DRUG_USE, IMMUNOSUPPRESSION, RECENT_SPINAL_SURGERY,
					History.RECENT_SPINAL_PROCEDURE, LONG_TERM_STEROIDS)) {
				assertLevel(adult().history(risk).pain(8).trauma(Trauma.NONE).onset(Onset.GRADUAL), EMERGENCY,
						"spinal_infection_without_fever");
				assertLevel(adult().history(risk).pain(4).worseAtNightOrRest(), EMERGENCY,
						"spinal_infection_without_fever");
			}
		}

		@Test
		void diabetesOrARecentInfectionWithSevereOrNightPainIsWithin24Hours() {
			assertLevel(adult().history(DIABETES).pain(7).worseAtNightOrRest(false), CONSULTATION_24,
					"spinal_infection_risk");
			// Severe pain with the night question blank: read as night pain.
			assertLevel(adult().history(DIABETES).pain(7), EMERGENCY, "spinal_infection_severe_night_pain");
			assertLevel(adult().history(RECENT_INFECTION).worseAtNightOrRest(), CONSULTATION_24,
					"spinal_infection_risk");
			assertNotFired(adult().history(DIABETES).pain(5), "spinal_infection_risk");
		}

		@Test
		void withAFeverTheFeverRuleAnswersAlone() {
			TriageResult result = Triage.evaluate(adult().history(IV_DRUG_USE).pain(8).with(FEVER).build());
			assertThat(codes(result)).contains("spinal_infection_suspected")
				.doesNotContain("spinal_infection_without_fever");
		}

	}

	@Nested
	class VomitingAndBellyPain {

		@Test
		void upperBackOrNeckPainWithVomitingIsAnAmbulance() {
			for (Region region : List.of(Region.NECK, Region.UPPER_BACK, Region.MID_BACK)) {
				assertLevel(adult().age(62).region(region).with(VOMITING), EMERGENCY_AMBULANCE,
						"cardiac_pain_atypical");
			}
			assertNotFired(adult().region(Region.LOWER_BACK).with(VOMITING), "cardiac_pain_atypical");
		}

		@Test
		void nauseaOrASweatWithUpperBackPainIsAnAmbulanceToo() {
			assertLevel(adult().age(64).region(Region.UPPER_BACK).with(Symptom.NAUSEA), EMERGENCY_AMBULANCE,
					"cardiac_pain_atypical");
			assertLevel(adult().region(Region.MID_BACK).with(Symptom.SWEATING), EMERGENCY_AMBULANCE,
					"cardiac_pain_atypical");
			assertNotFired(adult().region(Region.LOWER_BACK).with(Symptom.NAUSEA), "cardiac_pain_atypical");
		}

		@Test
		void aSweatWithBellyOrSidePainIsAnAmbulance() {
			assertLevel(adult().with(Symptom.SWEATING, ABDOMINAL_PAIN), EMERGENCY_AMBULANCE, "collapse_with_back_pain");
			assertLevel(adult().with(Symptom.SWEATING, FLANK_PAIN), EMERGENCY_AMBULANCE, "collapse_with_back_pain");
		}

		@Test
		void preEclampsiaSignsAreAnEmergency() {
			assertLevel(adult().pregnant(32).with(Symptom.PRE_ECLAMPSIA_SIGNS), EMERGENCY, "pregnancy_warning_signs");
		}

		@Test
		void aKnownAneurysmThatNowHurtsIsAnEmergencyAndAnAmbulanceWithBellyOrSuddenSeverePain() {
			assertLevel(adult().age(70).history(History.KNOWN_AORTIC_ANEURYSM).pain(4).onset(Onset.GRADUAL), EMERGENCY,
					"known_aneurysm_back_pain");
			assertLevel(adult().age(70).history(History.KNOWN_AORTIC_ANEURYSM).pain(8), EMERGENCY_AMBULANCE,
					"known_aneurysm_with_pain");
		}

		@Test
		void watersBreakingOrABabyMovingLessAreAnEmergencyWithOrWithoutThePregnancyField() {
			assertLevel(adult().pregnant(34).with(Symptom.WATERS_BREAKING), EMERGENCY, "pregnancy_warning_signs");
			assertLevel(adult().with(Symptom.REDUCED_FETAL_MOVEMENTS), EMERGENCY, "pregnancy_warning_signs");
		}

		@Test
		void aKidneyStoneWithVomitingOrKidneyDiseaseIsAnEmergency() {
			assertLevel(adult().with(FLANK_PAIN, BLOOD_IN_URINE, VOMITING), EMERGENCY, "kidney_stone_complicated");
			assertLevel(adult().with(FLANK_PAIN, BLOOD_IN_URINE).history(History.KIDNEY_DISEASE), EMERGENCY,
					"kidney_stone_complicated");
		}

		@Test
		void bellyPainInPregnancyIsAnEmergencyAtAnyWeek() {
			assertLevel(adult().pregnant(10).with(ABDOMINAL_PAIN), EMERGENCY, "pregnancy_warning_signs");
			assertLevel(adult().pregnant(26).pain(7).with(ABDOMINAL_PAIN), EMERGENCY, "pregnancy_warning_signs");
			assertLevel(adult().pregnant(28).with(FLANK_PAIN, VOMITING), EMERGENCY, "pregnancy_warning_signs");
		}

		@Test
		void burningUrineInPregnancyIsWithin24Hours() {
			assertLevel(adult().pregnant(34).with(PAINFUL_URINATION), CONSULTATION_24, "pregnancy_urinary_symptoms");
		}

		@Test
		void suddenSevereBellyAndBackPainIsAnEmergencyAtAnyAgeAndBellyPainAfter50Within24Hours() {
			assertLevel(adult().age(35).pain(8).onset(Onset.SUDDEN).with(ABDOMINAL_PAIN), EMERGENCY,
					"sudden_severe_belly_and_back_pain");
			assertLevel(adult().age(68).pain(5).onset(Onset.GRADUAL).with(ABDOMINAL_PAIN), CONSULTATION_24,
					"back_and_belly_pain_over_50");
			assertNotFired(adult().age(49).pain(5).onset(Onset.GRADUAL).with(ABDOMINAL_PAIN),
					"back_and_belly_pain_over_50");
		}

	}

	@Nested
	class NightPain {

		@Test
		void nightPainForMoreThanTwoWeeksIsAConsultationAtAnyAdultAge() {
			assertLevel(adult().age(30).worseAtNightOrRest().days(15), CONSULTATION, "night_pain_persisting");
			assertNotFired(adult().age(30).worseAtNightOrRest().days(14), "night_pain_persisting");
			assertLevel(adult().age(19).worseAtNightOrRest().days(30), CONSULTATION, "possible_malignancy");
		}

	}

	@Nested
	class Reasons {

		@Test
		void aSelfCareReasonIsNeverListedUnderACallForCare() {
			TriageResult result = Triage
				.evaluate(adult().radiation(Radiation.BELOW_KNEE).history(CANCER).with(SADDLE_NUMBNESS).build());
			assertThat(result.level()).isEqualTo(EMERGENCY);
			assertThat(codes(result)).doesNotContain("sciatica_without_deficit");
			assertThat(result.reasons()).allMatch((reason) -> reason.level() != SELF_CARE);
		}

		@Test
		void theWarningSignForBothLegsSaysWhatTheRuleSays() {
			assertThat(Triage.evaluate(adult().build()).watchFor())
				.anyMatch((line) -> line.contains("both legs") && line.contains("emergency department"))
				.noneMatch((line) -> line.contains("same day"));
		}

	}

	/**
	 * The codes added so that more stories can be told: each where it decides, and a near
	 * miss where it must not.
	 */
	@Nested
	class AddedCodes {

		@Test
		void numbnessInBothLegsIsReadLikePainInBothLegs() {
			assertLevel(adult().with(Symptom.NUMBNESS_BOTH_LEGS).days(60).legSymptomsDays(2), EMERGENCY,
					"sciatica_both_legs");
			assertLevel(adult().with(Symptom.NUMBNESS_BOTH_LEGS).days(70), CONSULTATION_24, "both_legs_subacute");
			assertLevel(adult().with(Symptom.NUMBNESS_BOTH_LEGS).days(100), CONSULTATION, "both_legs_long_standing");
			assertNotFired(adult().with(LEG_NUMBNESS), "sciatica_both_legs");
		}

		@Test
		void lessFeelingInTheBackPassageIsAnEarlyCaudaEquinaSign() {
			assertLevel(adult().pain(2).with(Symptom.REDUCED_RECTAL_SENSATION), EMERGENCY, "cauda_equina_suspected");
		}

		@Test
		void feelingFaintWithBellyPainIsShockAndWithUpperBackPainMayBeTheHeart() {
			assertLevel(adult().with(Symptom.LIGHT_HEADEDNESS, ABDOMINAL_PAIN), EMERGENCY_AMBULANCE,
					"collapse_with_back_pain");
			assertLevel(adult().region(Region.UPPER_BACK).with(Symptom.LIGHT_HEADEDNESS), EMERGENCY_AMBULANCE,
					"cardiac_pain_atypical");
			assertLevel(adult().age(66).pain(9).with(Symptom.LIGHT_HEADEDNESS), EMERGENCY_AMBULANCE,
					"collapse_with_back_pain");
			// Below those, a doctor within a day, whatever the age or pain.
			assertLevel(adult().age(23).with(Symptom.LIGHT_HEADEDNESS), CONSULTATION_24, "light_headed_with_back_pain");
			assertLevel(adult().age(45).pain(8).with(Symptom.LIGHT_HEADEDNESS), CONSULTATION_24,
					"light_headed_with_back_pain");
		}

		@Test
		void aColdSweatWithSeverePainAfterFiftyIsShock() {
			assertLevel(adult().age(65).pain(8).with(Symptom.SWEATING, Symptom.NAUSEA), EMERGENCY_AMBULANCE,
					"collapse_with_back_pain");
			assertLevel(adult().age(50).pain(7).with(Symptom.SWEATING), EMERGENCY_AMBULANCE, "collapse_with_back_pain");
			assertNotFired(adult().age(49).pain(8).with(Symptom.SWEATING), "collapse_with_back_pain");
			assertNotFired(adult().age(65).pain(6).with(Symptom.SWEATING), "collapse_with_back_pain");
		}

		@Test
		void aBlankInjuryAnswerCountsAsTheFallItMayHideAmongTheFractureFlags() {
			// 78, thin bones, pain 8, injury not answered: read like the minor fall it
			// may hide, three flags.
			assertLevel(adult().age(78).pain(8).history(OSTEOPOROSIS), EMERGENCY, "fracture_fragility_severe");
			assertLevel(adult().age(78).pain(8).history(OSTEOPOROSIS).trauma(Trauma.MINOR), EMERGENCY,
					"fracture_fragility_severe");
			assertNotFired(adult().age(78).pain(8).history(OSTEOPOROSIS).trauma(Trauma.NONE),
					"fracture_fragility_severe");
			// Old pain: a blank is not a new fall.
			assertNotFired(adult().age(78).pain(8).days(43).history(OSTEOPOROSIS), "fracture_fragility_severe");
		}

		@Test
		void aStrongInfectionRiskWithTheNightQuestionBlankIsSeenWithinADay() {
			assertLevel(adult().pain(5).history(History.IV_DRUG_USE), CONSULTATION_24,
					"infection_risk_night_pain_unknown");
			assertLevel(adult().pain(5).history(History.RECENT_SPINAL_SURGERY), CONSULTATION_24,
					"infection_risk_night_pain_unknown");
			assertNotFired(adult().pain(5).worseAtNightOrRest(false).history(History.IV_DRUG_USE),
					"infection_risk_night_pain_unknown");
			assertLevel(adult().pain(5).worseAtNightOrRest().history(History.IV_DRUG_USE), EMERGENCY,
					"spinal_infection_without_fever");
			// The weaker risks leave a blank night answer as no.
			assertNotFired(adult().pain(5).history(History.DIABETES), "infection_risk_night_pain_unknown");
		}

		@Test
		void diabetesOrARecentInfectionWithSevereNightPainIsAnEmergencyWithoutAFever() {
			assertLevel(adult().history(DIABETES).pain(8).worseAtNightOrRest(), EMERGENCY,
					"spinal_infection_severe_night_pain");
			assertLevel(adult().history(History.RECENT_INFECTION).pain(7).worseAtNightOrRest(), EMERGENCY,
					"spinal_infection_severe_night_pain");
			// Severe, or worse at night, alone: within 24 hours.
			assertLevel(adult().history(DIABETES).pain(8).worseAtNightOrRest(false), CONSULTATION_24,
					"spinal_infection_risk");
			assertLevel(adult().history(DIABETES).pain(6).worseAtNightOrRest(), CONSULTATION_24,
					"spinal_infection_risk");
		}

		@Test
		void theSecondReviewsFindings() {
			// A fever in pregnancy, on its own (REFERENCE 1.10).
			assertLevel(adult().pregnant(30).worseAtNightOrRest(false).with(FEVER), EMERGENCY,
					"pregnancy_warning_signs");
			// A nerve sign with a strong infection risk, no fever (REFERENCE 1.3).
			assertLevel(adult().worseAtNightOrRest(false).history(IV_DRUG_USE).with(LEG_WEAKNESS), EMERGENCY,
					"spinal_infection_without_fever");
			// Worsening pain with any infection risk.
			assertLevel(adult().worseAtNightOrRest(false).pain(6).history(IV_DRUG_USE).with(Symptom.PAIN_GETTING_WORSE),
					CONSULTATION_24, "infection_risk_pain_getting_worse");
			// Two shock signs together, at any age or pain (REFERENCE 1.7).
			assertLevel(adult().age(60).with(Symptom.LIGHT_HEADEDNESS, Symptom.SWEATING), EMERGENCY_AMBULANCE,
					"collapse_with_back_pain");
			assertLevel(adult().age(25).with(Symptom.RAPID_BREATHING, Symptom.SWEATING), EMERGENCY_AMBULANCE,
					"collapse_with_back_pain");
			// Light-headed after 50, whatever the pain.
			assertLevel(adult().age(65).pain(4).with(Symptom.LIGHT_HEADEDNESS), CONSULTATION_24,
					"light_headed_with_back_pain");
		}

		@Test
		void theFeverLineNeverSaysLessThanTheRules() {
			assertThat(Triage.evaluate(adult().pregnant(30).build()).watchFor())
				.anyMatch((line) -> line.startsWith("Because you are pregnant: a fever"));
			assertThat(Triage.evaluate(adult().worseAtNightOrRest().build()).watchFor())
				.anyMatch((line) -> line.startsWith("A fever") && line.contains("emergency department today"));
			assertThat(Triage.evaluate(adult().worseAtNightOrRest(false).with(LEG_WEAKNESS).build()).watchFor())
				.anyMatch((line) -> line.startsWith("A fever") && line.contains("emergency department today"));
			assertThat(Triage.evaluate(adult().age(12).worseAtNightOrRest(false).build()).watchFor())
				.anyMatch((line) -> line.startsWith("For a child or teenager"));
		}

		@Test
		void aChildWhoCannotWalkIsAnEmergency() {
			assertLevel(adult().age(4).mobility(Mobility.UNABLE_TO_WALK), EMERGENCY, "child_unable_to_walk");
			assertLevel(adult().age(15).mobility(Mobility.UNABLE_TO_WALK), EMERGENCY, "child_unable_to_walk");
			assertNotFired(adult().age(16).mobility(Mobility.UNABLE_TO_WALK), "child_unable_to_walk");
		}

		@Test
		void suddenSeverePainAfterFiftyWithTwoAneurysmRisksCallsAnAmbulanceAndWithOneIsSeenWithinADay() {
			assertLevel(adult().age(55)
				.sex(Sex.MALE)
				.history(SMOKER, History.HIGH_BLOOD_PRESSURE)
				.pain(8)
				.onset(Onset.SUDDEN), EMERGENCY_AMBULANCE, "sudden_severe_pain_high_aneurysm_risk");
			assertLevel(adult().age(50).history(SMOKER, History.HIGH_BLOOD_PRESSURE).pain(7).onset(Onset.SUDDEN),
					EMERGENCY_AMBULANCE, "sudden_severe_pain_high_aneurysm_risk");
			assertLevel(adult().age(56).sex(Sex.MALE).pain(8).onset(Onset.SUDDEN), CONSULTATION_24,
					"sudden_severe_pain_with_aneurysm_risk");
			assertNotFired(adult().age(55).sex(Sex.MALE).pain(8).onset(Onset.SUDDEN),
					"sudden_severe_pain_with_aneurysm_risk");
			assertNotFired(adult().age(60).sex(Sex.FEMALE).pain(8).onset(Onset.SUDDEN),
					"sudden_severe_pain_with_aneurysm_risk");
			assertNotFired(adult().age(56).sex(Sex.MALE).pain(8).onset(Onset.GRADUAL),
					"sudden_severe_pain_with_aneurysm_risk");
			assertNotFired(adult().age(49).sex(Sex.MALE).history(SMOKER).pain(8).onset(Onset.SUDDEN),
					"sudden_severe_pain_high_aneurysm_risk");
		}

		@Test
		void withAnInfectionRiskTheFeverLineSaysTheEmergencyDepartment() {
			assertThat(Triage.evaluate(adult().history(History.IV_DRUG_USE).build()).watchFor())
				.anyMatch((line) -> line.startsWith("Because of your higher risk of infection: a fever")
						&& line.contains("emergency department today"))
				.noneMatch((line) -> line.startsWith("A fever") && line.contains("within 24 hours"));
			assertThat(Triage.evaluate(adult().worseAtNightOrRest(false).build()).watchFor())
				.anyMatch((line) -> line.startsWith("A fever") && line.contains("within 24 hours"));
		}

		@Test
		void confusionOrFastBreathingWithAFeverIsSepsisAndConfusionAloneIsStillAnEmergency() {
			assertLevel(adult().with(CHILLS, Symptom.RAPID_BREATHING), EMERGENCY_AMBULANCE, "sepsis_signs");
			assertNotFired(adult().with(Symptom.CONFUSION), "sepsis_signs");
			assertLevel(adult().with(Symptom.CONFUSION), EMERGENCY, "new_confusion");
		}

		@Test
		void fastBreathingWithUpperBackPainMayBeTheHeartAndWithLowBackPainIsReviewed() {
			assertLevel(adult().region(Region.UPPER_BACK).with(Symptom.RAPID_BREATHING), EMERGENCY_AMBULANCE,
					"cardiac_pain_atypical");
			assertLevel(adult().with(Symptom.RAPID_BREATHING), CONSULTATION, "symptom_needs_review");
		}

		@Test
		void suddenSeverePainAfterFiftyWithAnAneurysmRiskIsCheckedTheSameDay() {
			assertNotFired(adult().age(49).history(History.SMOKER).pain(8).onset(Onset.SUDDEN),
					"sudden_severe_pain_with_aneurysm_risk");
			assertNotFired(adult().age(60).pain(8).onset(Onset.SUDDEN), "sudden_severe_pain_with_aneurysm_risk");
			assertNotFired(adult().age(60).history(History.HIGH_BLOOD_PRESSURE).pain(8).onset(Onset.GRADUAL),
					"sudden_severe_pain_with_aneurysm_risk");
			assertLevel(adult().age(60).history(History.HIGH_BLOOD_PRESSURE).pain(7), CONSULTATION_24,
					"sudden_severe_pain_with_aneurysm_risk");
		}

		@Test
		void heavyBleedingWhenPossiblyPregnantCallsAnAmbulance() {
			assertLevel(adult().age(30).with(Symptom.HEAVY_VAGINAL_BLEEDING), EMERGENCY_AMBULANCE,
					"pregnancy_heavy_bleeding");
			assertLevel(adult().age(30).pregnant(false).with(Symptom.HEAVY_VAGINAL_BLEEDING), CONSULTATION,
					"symptom_needs_review");
		}

		@Test
		void urinaryFrequencyCountsAsAUrinarySymptom() {
			assertLevel(adult().with(FLANK_PAIN, Symptom.URINARY_FREQUENCY), CONSULTATION_24,
					"kidney_infection_suspected");
			assertLevel(adult().pregnant(20).with(Symptom.URINARY_FREQUENCY), CONSULTATION_24,
					"pregnancy_urinary_symptoms");
			assertThat(Triage.evaluate(adult().with(Symptom.URINARY_FREQUENCY).build()).level()).isEqualTo(SELF_CARE);
		}

		@Test
		void aSingleOrTransplantedKidneyMakesAStoneOrInfectionAnEmergency() {
			assertLevel(adult().history(History.SINGLE_OR_TRANSPLANTED_KIDNEY).with(FLANK_PAIN, BLOOD_IN_URINE),
					EMERGENCY, "kidney_stone_complicated");
			assertLevel(adult().history(History.SINGLE_OR_TRANSPLANTED_KIDNEY).with(FLANK_PAIN, PAINFUL_URINATION),
					EMERGENCY, "kidney_infection_severe");
		}

		@Test
		void aChangedShapeOrBruisingOfTheBackIsAFractureSign() {
			assertLevel(adult().trauma(Trauma.NONE).with(Symptom.BRUISING_OVER_SPINE), CONSULTATION_24,
					"fracture_signs_on_the_back");
			assertLevel(adult().trauma(Trauma.MINOR).with(Symptom.SPINAL_DEFORMITY), EMERGENCY,
					"fracture_signs_after_injury");
			assertThat(codes(Triage.evaluate(adult().trauma(Trauma.MAJOR).with(Symptom.SPINAL_DEFORMITY).build())))
				.contains("fracture_major_trauma")
				.doesNotContain("fracture_signs_on_the_back");
		}

		@Test
		void bandLikeWorseningOrUnrelievedNightPainAddWeightToCancerSigns() {
			assertLevel(adult().age(60).with(Symptom.BAND_LIKE_PAIN, NIGHT_SWEATS), CONSULTATION_24,
					"possible_malignancy_several_signs");
			assertLevel(adult().age(60).days(3).with(Symptom.PAIN_GETTING_WORSE), CONSULTATION, "possible_malignancy");
			assertLevel(adult().age(30).days(20).with(Symptom.NIGHT_PAIN_NOT_EASED_BY_POSITION), CONSULTATION,
					"night_pain_persisting");
		}

		@Test
		void worseningPainCountsAfterTheFirstWeek() {
			assertNotFired(adult().days(7).with(Symptom.PAIN_GETTING_WORSE), "pain_getting_worse");
			assertLevel(adult().days(8).with(Symptom.PAIN_GETTING_WORSE), CONSULTATION, "pain_getting_worse");
		}

		@Test
		void easingWithMovementIsAnInflammatoryFeatureOnlyInTheLongRun() {
			assertLevel(adult().age(30).days(120).onset(Onset.GRADUAL).with(Symptom.BETTER_WITH_MOVEMENT), CONSULTATION,
					"inflammatory_back_pain_pattern");
			assertThat(Triage.evaluate(adult().age(30).days(3).with(Symptom.BETTER_WITH_MOVEMENT).build()).level())
				.isEqualTo(SELF_CARE);
		}

		@Test
		void armSignsOfTheSpinalCord() {
			assertLevel(adult().region(Region.NECK).with(Symptom.PROGRESSIVE_ARM_WEAKNESS), EMERGENCY,
					"progressive_neurological_deficit");
			assertLevel(adult().with(Symptom.BOTH_ARMS_AFFECTED), CONSULTATION_24, "cervical_myelopathy_suspected");
			assertLevel(adult().with(Symptom.ELECTRIC_SHOCKS_BENDING_NECK), CONSULTATION_24,
					"cervical_myelopathy_suspected");
			assertLevel(adult().history(CANCER).with(Symptom.BOTH_ARMS_AFFECTED), EMERGENCY,
					"cancer_with_nerve_symptoms");
		}

		@Test
		void newWeaknessInBothLegsIsAnEmergencyAndLongStandingWeaknessWithin24Hours() {
			assertLevel(adult().pain(2).with(Symptom.WEAKNESS_BOTH_LEGS), EMERGENCY, "weakness_both_legs");
			assertNotFired(adult().with(LEG_WEAKNESS), "weakness_both_legs");
			assertLevel(adult().days(120).legSymptomsDays(365).with(Symptom.WEAKNESS_BOTH_LEGS), CONSULTATION_24,
					"neurological_deficit");
		}

		@Test
		void aFeverWithNightPainThatNothingEasesIsAnInfectionEmergency() {
			assertLevel(adult().worseAtNightOrRest(false).with(FEVER, Symptom.NIGHT_PAIN_NOT_EASED_BY_POSITION),
					EMERGENCY, "spinal_infection_suspected");
		}

		@Test
		void aConnectiveTissueDisorderWithSuddenSevereUpperBackPainCallsAnAmbulance() {
			assertNotFired(adult().history(History.CONNECTIVE_TISSUE_DISORDER).pain(8).onset(Onset.SUDDEN),
					"dissection_risk_sudden_pain");
			assertNotFired(adult().history(History.CONNECTIVE_TISSUE_DISORDER)
				.region(Region.UPPER_BACK)
				.pain(8)
				.onset(Onset.GRADUAL), "dissection_risk_sudden_pain");
			assertLevel(adult().history(History.CONNECTIVE_TISSUE_DISORDER).region(Region.MID_BACK).pain(9),
					EMERGENCY_AMBULANCE, "dissection_risk_sudden_pain");
		}

		@Test
		void aPenetratingWoundIsAnInfectionRisk() {
			assertLevel(adult().history(History.PENETRATING_WOUND).with(FEVER), EMERGENCY,
					"spinal_infection_suspected");
			assertLevel(adult().history(History.PENETRATING_WOUND).pain(8), EMERGENCY,
					"spinal_infection_without_fever");
		}

	}

	static List<String> codes(TriageResult result) {
		return result.reasons().stream().map(TriageReason::code).toList();
	}

	static void assertLevel(Person person, TriageLevel level, String listedRule) {
		TriageResult result = Triage.evaluate(person.build());
		assertThat(result.level()).as("level").isEqualTo(level);
		assertThat(codes(result)).as("listed rules").contains(listedRule);
	}

	static void assertNotFired(Person person, String code) {
		TriageRule rule = TriageRules.ALL.stream().filter((r) -> r.code().equals(code)).findFirst().orElseThrow();
		assertThat(rule.firesFor(person.build())).as(code + " fires").isFalse();
	}

}
