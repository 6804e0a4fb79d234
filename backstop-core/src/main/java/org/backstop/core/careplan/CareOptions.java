package org.backstop.core.careplan;

import static org.backstop.core.knowledge.Source.ACP2017;
import static org.backstop.core.knowledge.Source.CHOU2017;
import static org.backstop.core.knowledge.Source.COCHRANE_HEAT_COLD;
import static org.backstop.core.knowledge.Source.EFSA2010;
import static org.backstop.core.knowledge.Source.FDA_CRYOTHERAPY;
import static org.backstop.core.knowledge.Source.FDA_OTC;
import static org.backstop.core.knowledge.Source.KOVACS2003;
import static org.backstop.core.knowledge.Source.MAYO_SLEEP;
import static org.backstop.core.knowledge.Source.NCCIH_SUPPLEMENTS;
import static org.backstop.core.knowledge.Source.NG59;
import static org.backstop.core.knowledge.Source.NIH_ODS;
import static org.backstop.core.knowledge.Source.OSHA_WORKSTATIONS;
import static org.backstop.core.knowledge.Source.PACE2014;
import static org.backstop.core.knowledge.Source.SAUNA_RISKS;
import static org.backstop.core.knowledge.Source.STEFFENS2015;
import static org.backstop.core.selfcare.CareTag.ACETAMINOPHEN;
import static org.backstop.core.selfcare.CareTag.ASPIRIN;
import static org.backstop.core.selfcare.CareTag.GINGER;
import static org.backstop.core.selfcare.CareTag.LOCAL_COLD;
import static org.backstop.core.selfcare.CareTag.LOCAL_HEAT;
import static org.backstop.core.selfcare.CareTag.MEDICINE;
import static org.backstop.core.selfcare.CareTag.MUSCLE_RELAXANT;
import static org.backstop.core.selfcare.CareTag.ORAL_NSAID;
import static org.backstop.core.selfcare.CareTag.SPINAL_MANIPULATION;
import static org.backstop.core.selfcare.CareTag.TOPICAL_NSAID;
import static org.backstop.core.selfcare.CareTag.TURMERIC;
import static org.backstop.core.selfcare.CareTag.WATER_TARGET;
import static org.backstop.core.selfcare.CareTag.WHOLE_BODY_COLD;
import static org.backstop.core.selfcare.CareTag.WHOLE_BODY_HEAT;
import static org.backstop.core.selfcare.EvidenceGrade.GUIDANCE_ONLY;
import static org.backstop.core.selfcare.EvidenceGrade.GUIDELINE_ADVICE;
import static org.backstop.core.selfcare.EvidenceGrade.INSUFFICIENT;
import static org.backstop.core.selfcare.EvidenceGrade.LOW;
import static org.backstop.core.selfcare.EvidenceGrade.MODERATE;
import static org.backstop.core.selfcare.EvidenceGrade.NOT_EFFECTIVE;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.backstop.core.assessment.AssessmentInput;
import org.backstop.core.assessment.Equipment;
import org.backstop.core.assessment.Medicine;
import org.backstop.core.assessment.Sex;
import org.backstop.core.careplan.CareOption.Content;
import org.backstop.core.selfcare.CareTag;
import org.backstop.core.selfcare.Dose;
import org.backstop.core.selfcare.Evidence;
import org.backstop.core.severity.SeverityLevel;

/**
 * Everything the plan can suggest besides the exercise library, with what it says and the
 * evidence (FACTS 4 and 8; REFERENCE 3 and 8). Contraindications are not here: they are
 * all in {@link Contraindications}.
 */
final class CareOptions {

	private static final Predicate<PlanContext> ALWAYS = (context) -> true;

	private static final String ONE_NSAID = "Choose one anti-inflammatory tablet, never two together, and take it with food.";

	private static final String STOP_AND_CHECK = "Stop and ask a pharmacist or doctor if you get stomach pain, black stools, swelling or breathlessness.";

	static final List<CareOption> ALL = List
		.of(option("stay_active", PlanSection.STAYING_ACTIVE, "Keep moving", Set.of(), true, ALWAYS, constant(
				"Carry on with your usual activities as far as the pain allows. Avoid bed rest: lying still for days slows recovery. Short walks and frequent changes of position help more than staying still.",
				Dose.described(
						"Every day. Get up and move for a few minutes at least every 30 to 60 minutes while awake."),
				Evidence.of(GUIDELINE_ADVICE,
						"Both major guidelines advise staying active; bed rest makes recovery slower.", NG59, ACP2017),
				List.of("If you feel worse after an activity, do a little less of it next time rather than stopping altogether."))),

				option("heat_wrap", PlanSection.HEAT, "Heat pack or heat wrap", Set.of(LOCAL_HEAT), true, ALWAYS,
						(person) -> new Content(person
							.hasAtHand(Equipment.HEAT_PACK)
									? "Put your heat pack on the sore area, warm but not hot."
									: "Put a heat pack or a stick-on heat wrap on the sore area, warm but not hot. A warm shower also helps.",
								Dose.minutes(
										"About 20 minutes at a time, up to 4 times a day, for the first days of the spasm.",
										TherapyTimers.HEAT_MINUTES, 4, 7),
								Evidence.of(MODERATE,
										"Moderate-quality evidence that heat gives a small, short-term easing of a new back spasm.",
										ACP2017, COCHRANE_HEAT_COLD),
								List.of("Check your skin every few minutes; stop if it turns red and sore.",
										"Never fall asleep with a heat pack or an electric heating pad on.",
										"Do not put heat on broken skin or over a pain-relief gel or rub."))),
				option("hot_water_bottle", PlanSection.HEAT, "Hot-water bottle", Set.of(LOCAL_HEAT), true,
						(context) -> context.person().hasAtHand(Equipment.HOT_WATER_BOTTLE),
						constant(
								"Fill your hot-water bottle with hot, not boiling, water and hold it against the sore area in its cover or a towel.",
								Dose.minutes("About 20 minutes at a time, up to 4 times a day.", 20, 4, 7),
								Evidence.of(MODERATE, "Heat gives a small, short-term easing of a new back spasm.",
										ACP2017, COCHRANE_HEAT_COLD),
								List.of("Never use boiling water, and never sleep with it against your skin.",
										"Replace a bottle that is old or perishing."))),
				option("infrared_sauna", PlanSection.HEAT, "Sauna", Set.of(WHOLE_BODY_HEAT), false, (context) -> context
					.person()
					.hasAtHand(Equipment.SAUNA_ACCESS), constant(
							"If you enjoy a sauna, a short session may feel relaxing. It is optional: there is no good evidence that saunas help back pain.",
							Dose.minutes("10 to 15 minutes a session, drinking water before and after.", 15, 1, null),
							Evidence
								.of(GUIDANCE_ONLY, "No good evidence for back pain.", SAUNA_RISKS),
							List.of("Leave at once if you feel dizzy or unwell."))),

				option("cold_pack", PlanSection.COLD, "Cold pack", Set.of(LOCAL_COLD), true, ALWAYS,
						(person) -> new Content(
								(person.hasAtHand(Equipment.ICE_PACK) ? "Wrap your ice pack"
										: "Wrap an ice pack or a bag of frozen peas")
										+ " in a thin cloth and hold it on the sore area if cold feels soothing.",
								Dose.minutes("10 to 15 minutes, never more than 20, then at least 20 minutes off.",
										TherapyTimers.COLD_MINUTES, 4, 3),
								Evidence.of(INSUFFICIENT, "Too little evidence to say whether cold helps back pain.",
										COCHRANE_HEAT_COLD),
								List.of("Always keep a cloth between the ice and your skin: ice can burn.",
										"Stop if the skin turns white or waxy, goes numb, or blisters.",
										"Never fall asleep with a cold pack on."))),
				option("whole_body_cryotherapy", PlanSection.COLD, "Whole-body cryotherapy", Set.of(WHOLE_BODY_COLD),
						false, ALWAYS,
						constant("Not suggested.", Dose.described("None."),
								Evidence.of(GUIDANCE_ONLY, "No good evidence for back pain.", FDA_CRYOTHERAPY),
								List.of())),

				option("ibuprofen", PlanSection.MEDICINES, "Ibuprofen", Set.of(MEDICINE, ORAL_NSAID), true, ALWAYS,
						(person) -> new Content(
								alreadyTaking(person, Medicine.IBUPROFEN)
										+ "An anti-inflammatory tablet can take the edge off a spasm for a few days.",
								medicineDose(person, Medicine.IBUPROFEN,
										"200 to 400 mg every 4 to 6 hours when needed, with food"),
								Evidence.of(MODERATE,
										"Anti-inflammatories give a small, short-term benefit; use the lowest dose for the shortest time.",
										ACP2017, NG59, FDA_OTC),
								List.of(ONE_NSAID, STOP_AND_CHECK))),
				option("naproxen", PlanSection.MEDICINES, "Naproxen", Set.of(MEDICINE, ORAL_NSAID), true, ALWAYS,
						(person) -> new Content(
								alreadyTaking(person, Medicine.NAPROXEN)
										+ "A longer-acting anti-inflammatory tablet, an alternative to ibuprofen.",
								medicineDose(person, Medicine.NAPROXEN,
										"220 mg every 8 to 12 hours when needed, with food; the first dose may be 440 mg"),
								Evidence.of(MODERATE,
										"Anti-inflammatories give a small, short-term benefit; use the lowest dose for the shortest time.",
										ACP2017, NG59, FDA_OTC),
								List.of(ONE_NSAID, STOP_AND_CHECK,
										"In some countries naproxen is not sold without a prescription for back pain."))),
				option("acetaminophen", PlanSection.MEDICINES, "Acetaminophen (paracetamol)",
						Set.of(MEDICINE, ACETAMINOPHEN), true,
						(context) -> !context.oralNsaidSuitable() || context.person().takes(Medicine.ACETAMINOPHEN),
						// Someone who already takes it is shown it even when
						// anti-inflammatories
						// would suit them: then the plan must not say they do not.
						(person) -> new Content(alreadyTaking(person, Medicine.ACETAMINOPHEN)
								+ (CarePlanner.anyOralNsaidSuitable(person) ? ""
										: "Anti-inflammatory tablets are not suitable for you. ")
								+ "Acetaminophen is gentle on the stomach, but for a back spasm it may not help much.",
								medicineDose(person, Medicine.ACETAMINOPHEN,
										"500 to 1,000 mg every 4 to 6 hours when needed"),
								Evidence.of(NOT_EFFECTIVE,
										"In a large trial it worked no better than a dummy pill for sudden low back pain, and NICE advises against using it on its own for back pain.",
										PACE2014, NG59, FDA_OTC),
								List.of("Taking more than the daily maximum can seriously damage the liver."))),
				// Aspirin is never suggested: ibuprofen and naproxen are the usual
				// choices. It is
				// listed so that, for children, the plan says plainly why it must not be
				// given.
				option("aspirin", PlanSection.MEDICINES, "Aspirin", Set.of(MEDICINE, ORAL_NSAID, ASPIRIN), true,
						(context) -> false,
						constant("Not suggested: ibuprofen or naproxen are the usual choices for back pain.",
								Dose.described("None suggested."),
								Evidence.of(MODERATE, "Anti-inflammatories give a small, short-term benefit.", ACP2017),
								List.of())),
				option("diclofenac_gel", PlanSection.MEDICINES, "Anti-inflammatory gel (diclofenac)",
						Set.of(MEDICINE, TOPICAL_NSAID), true, ALWAYS,
						constant(
								"Rub a thin layer of gel gently into the sore area. It acts where you put it, with less medicine reaching the rest of the body than a tablet.",
								Dose.described(
										"A thin layer 3 to 4 times a day, for up to 7 days, or as your product's label says."),
								Evidence.of(INSUFFICIENT,
										"Little research on gels for back pain; in the US the gel is labelled for joint pain, while UK gels are labelled for back and muscle pain.",
										FDA_OTC),
								List.of("Not on broken or irritated skin, and never under a heat pack.",
										"Using a gel and an anti-inflammatory tablet together adds up: ask a pharmacist first.",
										"Wash your hands after use, and keep it away from eyes."))),
				option("muscle_relaxant", PlanSection.MEDICINES, "Muscle relaxants (prescription only)",
						Set.of(MEDICINE, MUSCLE_RELAXANT), true,
						(context) -> context.severity().level() != SeverityLevel.MINOR,
						constant(
								"These need a prescription. If the spasms are severe, you can ask a doctor whether one suits you for a few days.",
								Dose.described("Only as prescribed, usually for a few days."),
								Evidence.of(MODERATE,
										"They give a small, short-term benefit, but drowsiness and dizziness are common and some can cause dependence.",
										ACP2017, CHOU2017),
								List.of("They cause drowsiness: do not drive or drink alcohol while taking them.",
										"Some can lead to dependence if taken for long."))),

				option("water", PlanSection.HYDRATION, "Water through the day", Set.of(WATER_TARGET), true, ALWAYS,
						CareOptions::water),

				option("sleep_position", PlanSection.SLEEP, "Comfortable sleeping positions", Set.of(), true, ALWAYS,
						(person) -> new Content(person
							.pregnancyWeeksOrZero() >= Contraindications.PREGNANCY_WEEK_NO_LYING_FLAT
									? "Sleep on your side with a pillow between your knees and another under your bump. To get up, roll onto your side and push up with your arms."
									: "Sleep on your side with your knees slightly bent and a pillow between them, or on your back with a pillow under your knees. Sleeping on your stomach strains the lower back; if you must, put a pillow under your hips. To get up, roll onto your side and push up with your arms.",
								Dose.described("Every night."),
								Evidence.of(GUIDANCE_ONLY,
										"Expert advice; sleeping positions have not been tested in trials.",
										MAYO_SLEEP),
								List.of())),
				option("mattress", PlanSection.SLEEP, "Mattress", Set.of(), false, ALWAYS, constant(
						"If your back pain lasts for months and your mattress is due for a change, a medium-firm one did better than a firm one in a trial. There is no need to buy one for a short spasm.",
						Dose.described("Only when replacing a mattress."),
						Evidence.of(LOW, "One good trial, in people with long-lasting low back pain.", KOVACS2003),
						List.of())),

				option("workstation_setup", PlanSection.POSTURE, "Set up your workstation", Set.of(), false, ALWAYS,
						constant(
								"Put the top of the screen at about eye level, an arm's length away. Keep elbows near a right angle and wrists straight, feet flat on the floor or a footrest, and your lower back supported by the chair.",
								Dose.described("Once, then check when anything changes."),
								Evidence.of(GUIDANCE_ONLY,
										"Workplace guidance for comfort; not shown to prevent back pain.",
										OSHA_WORKSTATIONS),
								List.of())),
				option("movement_breaks", PlanSection.POSTURE, "Movement breaks", Set.of(), false, ALWAYS,
						constant("Stand up, walk a few steps and change position regularly when you sit for long.",
								Dose.described("A short break every 30 to 60 minutes."),
								Evidence.of(GUIDANCE_ONLY, "Common workplace advice; the interval is a convention.",
										OSHA_WORKSTATIONS),
								List.of())),

				option("physiotherapy", PlanSection.PROFESSIONAL_CARE, "Physiotherapy", Set.of(), false, ALWAYS,
						constant("A physiotherapist can check how you move and build an exercise plan that fits you.",
								Dose.described("Usually a few sessions over some weeks, with exercises at home."),
								Evidence.of(MODERATE,
										"Exercise therapy helps longer-lasting back pain; guidelines advise hands-on treatments only alongside exercise.",
										ACP2017, NG59),
								List.of())),
				option("massage", PlanSection.PROFESSIONAL_CARE, "Massage", Set.of(), false, ALWAYS, constant(
						"Massage by a trained therapist may ease pain for a short time.",
						Dose.described("As an extra alongside exercise, not instead of it."),
						Evidence.of(LOW,
								"Low-quality evidence of a small benefit; NICE advises it only together with exercise.",
								ACP2017, NG59),
						List.of())),
				option("spinal_manipulation", PlanSection.PROFESSIONAL_CARE,
						"Spinal manipulation (chiropractic, osteopathy)", Set.of(SPINAL_MANIPULATION), false, ALWAYS,
						constant("A chiropractor, osteopath or physiotherapist may manipulate the spine.",
								Dose.described("As an extra alongside exercise, not instead of it."),
								Evidence.of(LOW,
										"Low-quality evidence of a small benefit; NICE advises it only together with exercise.",
										ACP2017, NG59),
								List.of())),
				option("acupuncture", PlanSection.PROFESSIONAL_CARE, "Acupuncture", Set.of(), false, ALWAYS, constant(
						"Some people try acupuncture. The guidelines disagree about it.",
						Dose.described("If you try it, judge it after a few sessions."),
						Evidence.of(LOW,
								"The American College of Physicians lists it as an option on low-quality evidence; NICE advises against it because it did no better than sham treatment.",
								ACP2017, NG59),
						List.of())),

				option("bone_health", PlanSection.NUTRITION_AND_PREVENTION, "Calcium and vitamin D", Set.of(), false,
						ALWAYS,
						constant(
								"For strong bones, adults need calcium and vitamin D, from food first (dairy, fortified foods, oily fish) and supplements if advised. This is for bone health, not a treatment for a spasm.",
								Dose.described(
										"Calcium 1,000 to 1,200 mg a day and vitamin D 600 to 800 IU (15 to 20 micrograms) a day, from all sources."),
								Evidence.of(GUIDANCE_ONLY, "General health advice for adults.", NIH_ODS), List.of())),
				option("trigger_awareness", PlanSection.NUTRITION_AND_PREVENTION, "Know your triggers", Set.of(), false,
						ALWAYS,
						constant(
								"Heavy lifting, awkward bending, being distracted during a task, and being tired raised the short-term risk of a new episode in one study. Keep loads close to your body, and avoid heavy lifting when tired or rushed. A diary helps you find your own triggers.",
								Dose.described("Every day."),
								Evidence.of(LOW, "One case-crossover study of people with sudden low back pain.",
										STEFFENS2015),
								List.of())),
				option("turmeric", PlanSection.NUTRITION_AND_PREVENTION, "Turmeric supplements", Set.of(TURMERIC),
						false, ALWAYS,
						constant(
								"Not recommended as a treatment: there is no good evidence that turmeric supplements help back pain. Rarely they have harmed the liver. Cooking with turmeric is fine.",
								Dose.described("None suggested."),
								Evidence.of(GUIDANCE_ONLY, "No good evidence for back pain.", NCCIH_SUPPLEMENTS),
								List.of("Tell your doctor or pharmacist about any supplement you take."))),
				option("ginger", PlanSection.NUTRITION_AND_PREVENTION, "Ginger supplements", Set.of(GINGER), false,
						ALWAYS,
						constant(
								"Not recommended as a treatment: there is no good evidence that ginger supplements help back pain. Ginger in food is fine.",
								Dose.described("None suggested."),
								Evidence.of(GUIDANCE_ONLY, "No good evidence for back pain.", NCCIH_SUPPLEMENTS),
								List.of("Tell your doctor or pharmacist about any supplement you take."))));

	private CareOptions() {
	}

	private static CareOption option(String id, PlanSection section, String title, Set<CareTag> tags, boolean comfort,
			Predicate<PlanContext> offeredWhen, Function<AssessmentInput, Content> content) {
		return new CareOption(id, section, title, tags, comfort, offeredWhen, content);
	}

	private static Function<AssessmentInput, Content> constant(String whatToDo, Dose dose, Evidence why,
			List<String> cautions) {
		Content content = new Content(whatToDo, dose, why, cautions);
		return (person) -> content;
	}

	private static String alreadyTaking(AssessmentInput person, Medicine medicine) {
		return person.takes(medicine) ? "You already take this: stay within these limits and check each dose. " : "";
	}

	/** A medicine's dose from the limits table, with this person's daily ceiling. */
	static Dose medicineDose(AssessmentInput person, Medicine medicine, String howToTake) {
		DoseLimit limit = DoseLimits.of(medicine).orElseThrow();
		int maxDaily = DoseLimits.maxDailyMgFor(limit, person);
		String summary = howToTake + ". No more than " + String.format("%,d", maxDaily)
				+ " mg in 24 hours, and for no more than " + limit.maxDays() + " days without advice.";
		return Dose.medicine(summary, limit.singleMinMg(), Math.max(limit.singleMaxMg(), limit.firstDoseMaxMg()),
				limit.minHoursBetween(), maxDaily, limit.maxDays());
	}

	/** EFSA adequate intake of water from all sources, with 0.3 L more in pregnancy. */
	private static Content water(AssessmentInput person) {
		Evidence why = Evidence.of(GUIDANCE_ONLY,
				"General health advice. A link between dehydration and back spasms is plausible but has little evidence.",
				EFSA2010);
		if (person.age() < 14) {
			return new Content(
					"Drink regularly through the day. A doctor or pharmacist can say how much suits a child.",
					Dose.described("Regular drinks through the day."), why, List.of());
		}
		double litres = (person.sex() == Sex.MALE) ? 2.5 : 2.0;
		if (person.pregnantOrFalse()) {
			litres += 0.3;
		}
		List<String> cautions = new ArrayList<>();
		if (person.weightKg() != null) {
			cautions.add(
					"The figure is for an adult of average size in a mild climate; a larger body, hot weather or exercise need more.");
		}
		if (person.sex() == Sex.OTHER) {
			cautions.add("The reference gives 2.0 litres for women and 2.5 for men; the lower figure is shown.");
		}
		String amount = String.format(java.util.Locale.ROOT, "%.1f", litres);
		return new Content(
				"Drink water regularly through the day. About a quarter of what you need comes from food, so drinks make up the rest.",
				Dose.water("About " + amount + " litres a day from all drinks and food.", litres), why, cautions);
	}

}
