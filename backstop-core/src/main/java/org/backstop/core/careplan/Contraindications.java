package org.backstop.core.careplan;

import static org.backstop.core.assessment.History.ANTICOAGULANTS;
import static org.backstop.core.assessment.History.ASTHMA_NSAID_SENSITIVE;
import static org.backstop.core.assessment.History.CANCER;
import static org.backstop.core.assessment.History.DIABETES;
import static org.backstop.core.assessment.History.HEART_DISEASE;
import static org.backstop.core.assessment.History.HEAVY_ALCOHOL;
import static org.backstop.core.assessment.History.KIDNEY_DISEASE;
import static org.backstop.core.assessment.History.LIVER_DISEASE;
import static org.backstop.core.assessment.History.LONG_TERM_STEROIDS;
import static org.backstop.core.assessment.History.OSTEOPOROSIS;
import static org.backstop.core.assessment.History.PERIPHERAL_NEUROPATHY;
import static org.backstop.core.assessment.History.RAYNAUDS;
import static org.backstop.core.assessment.History.SMOKER;
import static org.backstop.core.assessment.History.STOMACH_ULCER;
import static org.backstop.core.knowledge.Source.ACOG_EXERCISE;
import static org.backstop.core.knowledge.Source.BNF;
import static org.backstop.core.knowledge.Source.CHOU2017;
import static org.backstop.core.knowledge.Source.COCHRANE_HEAT_COLD;
import static org.backstop.core.knowledge.Source.EFSA2010;
import static org.backstop.core.knowledge.Source.FDA_CRYOTHERAPY;
import static org.backstop.core.knowledge.Source.FDA_NSAID_PREGNANCY;
import static org.backstop.core.knowledge.Source.FDA_OTC;
import static org.backstop.core.knowledge.Source.FINUCANE2020;
import static org.backstop.core.knowledge.Source.MHRA_ASPIRIN;
import static org.backstop.core.knowledge.Source.NCCIH_SUPPLEMENTS;
import static org.backstop.core.knowledge.Source.NG59;
import static org.backstop.core.knowledge.Source.OSTEOPOROSIS_EXERCISE;
import static org.backstop.core.knowledge.Source.PYELONEPHRITIS;
import static org.backstop.core.knowledge.Source.SAUNA_RISKS;
import static org.backstop.core.selfcare.CareTag.ACETAMINOPHEN;
import static org.backstop.core.selfcare.CareTag.ASPIRIN;
import static org.backstop.core.selfcare.CareTag.END_RANGE_FLEXION;
import static org.backstop.core.selfcare.CareTag.GINGER;
import static org.backstop.core.selfcare.CareTag.LOCAL_COLD;
import static org.backstop.core.selfcare.CareTag.LOCAL_HEAT;
import static org.backstop.core.selfcare.CareTag.LYING_FACE_DOWN;
import static org.backstop.core.selfcare.CareTag.LYING_ON_BACK;
import static org.backstop.core.selfcare.CareTag.MEDICINE;
import static org.backstop.core.selfcare.CareTag.MUSCLE_RELAXANT;
import static org.backstop.core.selfcare.CareTag.ORAL_NSAID;
import static org.backstop.core.selfcare.CareTag.SPINAL_MANIPULATION;
import static org.backstop.core.selfcare.CareTag.SUSTAINED_FLEXION;
import static org.backstop.core.selfcare.CareTag.TOPICAL_NSAID;
import static org.backstop.core.selfcare.CareTag.TURMERIC;
import static org.backstop.core.selfcare.CareTag.TWISTING;
import static org.backstop.core.selfcare.CareTag.WHOLE_BODY_COLD;
import static org.backstop.core.selfcare.CareTag.WHOLE_BODY_HEAT;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

import org.backstop.core.assessment.AssessmentInput;
import org.backstop.core.assessment.History;
import org.backstop.core.assessment.Medicine;
import org.backstop.core.assessment.Symptom;
import org.backstop.core.assessment.Trauma;
import org.backstop.core.knowledge.Source;
import org.backstop.core.selfcare.CareTag;
import org.backstop.core.triage.TriageRules;

/**
 * Every contraindication and caution of the care plan, in one place (FACTS 5; REFERENCE
 * 4). Rules that leave an item out come first. Where the two references differ, the more
 * cautious reading is taken and a comment says so.
 */
public final class Contraindications {

	/** From this week of pregnancy, no exercises lying flat on the back or face down. */
	public static final int PREGNANCY_WEEK_NO_LYING_FLAT = 16;

	/** From this week (the third trimester) no anti-inflammatory gel either. */
	public static final int PREGNANCY_WEEK_NO_NSAID_GEL = 28;

	/** From this age, oral anti-inflammatories are not suggested for self-treatment. */
	public static final int OLDER_AGE_NO_ORAL_NSAID = 65;

	public static final List<Contraindication> ALL = List.of(
			// Oral anti-inflammatories (FDA Drug Facts; NG59)
			leaveOut("nsaid_stomach_ulcer", Set.of(ORAL_NSAID), (p, id) -> p.has(STOMACH_ULCER),
					"Anti-inflammatory tablets can make a stomach ulcer bleed, so they are left out for you.", FDA_OTC,
					NG59),
			leaveOut("nsaid_possible_infection", Set.of(ORAL_NSAID), Contraindications::possibleInfection,
					"With a fever, signs of a kidney infection, or back pain that may come from an infection in the spine, anti-inflammatory tablets can hide how an infection is going and strain the kidneys, so they are left out until a clinician has seen you.",
					FDA_OTC, PYELONEPHRITIS),
			leaveOut("nsaid_kidney_disease", Set.of(ORAL_NSAID), (p, id) -> p.has(KIDNEY_DISEASE),
					"Anti-inflammatory tablets can harm kidneys that are already weak, so they are left out for you.",
					FDA_OTC),
			leaveOut("nsaid_heart_disease", Set.of(ORAL_NSAID), (p, id) -> p.has(HEART_DISEASE),
					"Anti-inflammatory tablets raise the risk of heart attack, stroke and heart failure, so they are left out for you.",
					FDA_OTC),
			leaveOut("nsaid_anticoagulants", Set.of(ORAL_NSAID), (p, id) -> p.has(ANTICOAGULANTS),
					"With a blood thinner, anti-inflammatory tablets raise the risk of serious bleeding, so they are left out for you.",
					FDA_OTC),
			leaveOut("nsaid_sensitive_asthma", Set.of(ORAL_NSAID, TOPICAL_NSAID),
					(p, id) -> p.has(ASTHMA_NSAID_SENSITIVE),
					"Your asthma is made worse by anti-inflammatory medicines, so tablets and gels of this kind are left out.",
					FDA_OTC),
			// FACTS: avoid from 20 weeks; REFERENCE 4.1: ask a professional before 20
			// weeks.
			// The more cautious reading leaves them out for the whole pregnancy.
			leaveOut("nsaid_pregnancy", Set.of(ORAL_NSAID), (p, id) -> p.pregnantOrFalse(),
					"Anti-inflammatory tablets can harm an unborn baby, especially from 20 weeks, so they are left out during pregnancy. Ask your midwife or doctor what you can take.",
					FDA_NSAID_PREGNANCY, FDA_OTC),
			leaveOut("nsaid_gel_late_pregnancy", Set.of(TOPICAL_NSAID),
					(p, id) -> p.pregnancyWeeksOrZero() >= PREGNANCY_WEEK_NO_NSAID_GEL,
					"Anti-inflammatory gels are not used in the last three months of pregnancy.", FDA_NSAID_PREGNANCY),
			// FACTS lists age 65 and over as a caution; leaving oral anti-inflammatories
			// out
			// of self-treatment at that age is the more cautious reading.
			leaveOut("nsaid_older_age", Set.of(ORAL_NSAID), (p, id) -> p.age() >= OLDER_AGE_NO_ORAL_NSAID,
					"From 65, anti-inflammatory tablets more often cause stomach bleeding and kidney or heart problems. Ask a pharmacist or doctor before taking them.",
					FDA_OTC, NG59),
			leaveOut("one_oral_nsaid_at_a_time", Set.of(ORAL_NSAID), Contraindications::takesAnotherOralNsaid,
					"You already take another anti-inflammatory tablet. Two of them together add risk without more relief, so only the one you take is listed.",
					FDA_OTC),
			leaveOut("no_doses_under_16", Set.of(MEDICINE), (p, id) -> p.age() < DoseLimits.MIN_AGE_FOR_DOSES,
					"Backstop gives no medicine doses for children and teenagers. A pharmacist or doctor can advise on the right medicine and dose.",
					BNF, NG59),
			leaveOut("aspirin_under_16", Set.of(ASPIRIN), (p, id) -> p.age() < DoseLimits.MIN_AGE_FOR_DOSES,
					"Aspirin must not be given to anyone under 16: it can cause Reye's syndrome, a rare but serious illness.",
					MHRA_ASPIRIN, BNF),
			// Acetaminophen (paracetamol)
			leaveOut("acetaminophen_liver_disease", Set.of(ACETAMINOPHEN), (p, id) -> p.has(LIVER_DISEASE),
					"With liver disease, acetaminophen (paracetamol) needs a dose set by your doctor, so it is left out here.",
					FDA_OTC),
			// Heat and cold
			leaveOut("heat_numb_skin", Set.of(LOCAL_HEAT, WHOLE_BODY_HEAT), (p, id) -> p.has(PERIPHERAL_NEUROPATHY),
					"Nerve damage that dulls feeling in the skin means a burn may not be felt in time, so heat packs and saunas are left out.",
					COCHRANE_HEAT_COLD),
			leaveOut("sauna_pregnancy", Set.of(WHOLE_BODY_HEAT), (p, id) -> p.pregnantOrFalse(),
					"Saunas and hot tubs raise the body's core temperature, which should be avoided in pregnancy. Local heat on the back is fine.",
					ACOG_EXERCISE, SAUNA_RISKS),
			leaveOut("sauna_heart_disease", Set.of(WHOLE_BODY_HEAT), (p, id) -> p.has(HEART_DISEASE),
					"Saunas put extra strain on the heart, so they are left out with heart disease unless your doctor says otherwise.",
					SAUNA_RISKS),
			// FACTS 5 names uncontrolled high blood pressure; whether it is controlled is
			// not asked, so any high blood pressure counts: the cautious reading.
			leaveOut("sauna_high_blood_pressure", Set.of(WHOLE_BODY_HEAT),
					(p, id) -> p.has(History.HIGH_BLOOD_PRESSURE),
					"Saunas and hot tubs make blood pressure swing, so they are left out with high blood pressure unless your doctor says otherwise.",
					SAUNA_RISKS),
			leaveOut("cold_raynauds", Set.of(LOCAL_COLD, WHOLE_BODY_COLD), (p, id) -> p.has(RAYNAUDS),
					"With Raynaud's, cold can shut down blood flow in the skin, so cold packs are left out.",
					COCHRANE_HEAT_COLD),
			leaveOut("cold_numb_skin", Set.of(LOCAL_COLD, WHOLE_BODY_COLD), (p, id) -> p.has(PERIPHERAL_NEUROPATHY),
					"Nerve damage that dulls feeling in the skin means cold damage may not be felt in time, so cold packs are left out.",
					COCHRANE_HEAT_COLD),
			leaveOut("cryotherapy_not_approved", Set.of(WHOLE_BODY_COLD), (p, id) -> true,
					"Whole-body cryotherapy is not an approved treatment, has no good evidence for back pain, and carries risks such as frostbite.",
					FDA_CRYOTHERAPY),
			// Supplements (NCCIH)
			leaveOut("supplements_anticoagulants", Set.of(TURMERIC, GINGER), (p, id) -> p.has(ANTICOAGULANTS),
					"Turmeric and ginger supplements may add to the effect of a blood thinner and cause bleeding.",
					NCCIH_SUPPLEMENTS),
			// Positions (ACOG; Brooke-Wavell 2022). REFERENCE 4.7 gives 16-20 weeks for
			// lying on the back, FACTS 20 weeks: the earlier week is taken.
			leaveOut("pregnancy_lying_on_back", Set.of(LYING_ON_BACK),
					(p, id) -> p.pregnancyWeeksOrZero() >= PREGNANCY_WEEK_NO_LYING_FLAT,
					"From about 16 weeks of pregnancy, lying flat on your back can press on a large vein and make you feel faint, so exercises lying on the back are left out. Side-lying and hands-and-knees positions are used instead.",
					ACOG_EXERCISE),
			leaveOut("pregnancy_lying_face_down", Set.of(LYING_FACE_DOWN),
					(p, id) -> p.pregnancyWeeksOrZero() >= PREGNANCY_WEEK_NO_LYING_FLAT,
					"Lying face down is not suitable as the bump grows, so exercises in that position are left out.",
					ACOG_EXERCISE),
			leaveOut("osteoporosis_spinal_flexion", Set.of(END_RANGE_FLEXION, SUSTAINED_FLEXION, TWISTING),
					(p, id) -> p.has(OSTEOPOROSIS) || p.has(LONG_TERM_STEROIDS),
					"With thinner bones, from osteoporosis or long-term steroid tablets, bending the spine far forward, holding it bent, or twisting it can cause a fracture, so those movements are left out.",
					OSTEOPOROSIS_EXERCISE),
			// Manipulation: standard manual-therapy contraindications (REFERENCE 4.7, not
			// verified against one source), read cautiously.
			leaveOut("manipulation_not_safe", Set.of(SPINAL_MANIPULATION), Contraindications::manipulationUnsafe,
					"Forceful manipulation of the spine is not safe with thinner bones, a possible injury or fracture, cancer, an infection or a higher risk of one, a recent operation on the spine, a blood thinner, pain that is worse at night or at rest, or warning signs that need a doctor first.",
					FINUCANE2020, NG59),

			// Cautions: the item stays, with this warning.
			caution("nsaid_stomach_risk", Set.of(ORAL_NSAID), (p, id) -> p.has(HEAVY_ALCOHOL) || p.has(SMOKER),
					"Drinking heavily or smoking raises the risk of stomach bleeding with anti-inflammatory tablets: take them with food, for as few days as you can.",
					FDA_OTC),
			caution("nsaid_high_blood_pressure", Set.of(ORAL_NSAID), (p, id) -> p.has(History.HIGH_BLOOD_PRESSURE),
					"Anti-inflammatory tablets can raise blood pressure and weaken some blood pressure medicines: ask a pharmacist first, and take them for as few days as you can.",
					FDA_OTC),
			caution("nsaid_gel_anticoagulants", Set.of(TOPICAL_NSAID), (p, id) -> p.has(ANTICOAGULANTS),
					"With a blood thinner, ask a pharmacist before using an anti-inflammatory gel.", FDA_OTC),
			caution("acetaminophen_lower_ceiling", Set.of(ACETAMINOPHEN),
					(p, id) -> DoseLimits.usesReducedCeiling(p.has(HEAVY_ALCOHOL), p.weightKg()),
					"Because you drink heavily or weigh under 50 kg, your daily maximum of acetaminophen is lower: 3,000 mg.",
					FDA_OTC, BNF),
			caution("acetaminophen_in_other_products", Set.of(ACETAMINOPHEN), (p, id) -> true,
					"Many cold, flu and combination pain products also contain acetaminophen (paracetamol): count them all together.",
					FDA_OTC),
			caution("acetaminophen_pregnancy", Set.of(ACETAMINOPHEN), (p, id) -> p.pregnantOrFalse(),
					"In pregnancy, check with your midwife, doctor or pharmacist before taking any medicine.", FDA_OTC),
			caution("fluid_limit", Set.of(CareTag.WATER_TARGET),
					(p, id) -> p.has(KIDNEY_DISEASE) || p.has(HEART_DISEASE),
					"If your doctor has told you to limit fluids for your kidneys or heart, follow that advice instead of this target.",
					EFSA2010),
			caution("heat_diabetes", Set.of(LOCAL_HEAT), (p, id) -> p.has(DIABETES),
					"Diabetes can dull feeling in the skin: use heat on a low setting and check your skin every few minutes.",
					COCHRANE_HEAT_COLD),
			caution("heat_pregnancy", Set.of(LOCAL_HEAT), (p, id) -> p.pregnantOrFalse(),
					"In pregnancy, warmth on the back is fine; avoid anything that heats your whole body, such as hot tubs or very hot baths.",
					ACOG_EXERCISE),
			caution("sauna_alcohol", Set.of(WHOLE_BODY_HEAT), (p, id) -> p.has(HEAVY_ALCOHOL),
					"Never use a sauna after drinking alcohol.", SAUNA_RISKS),
			caution("supplements_pregnancy", Set.of(TURMERIC, GINGER), (p, id) -> p.pregnantOrFalse(),
					"Supplement doses of turmeric or ginger in pregnancy should be discussed with your midwife or doctor.",
					NCCIH_SUPPLEMENTS),
			caution("muscle_relaxant_older_age", Set.of(MUSCLE_RELAXANT), (p, id) -> p.age() >= OLDER_AGE_NO_ORAL_NSAID,
					"In older age, the drowsiness these medicines cause makes falls more likely.", CHOU2017),
			caution("gentle_flexion_osteoporosis", Set.of(CareTag.EXERCISE),
					(p, id) -> (p.has(OSTEOPOROSIS) || p.has(LONG_TERM_STEROIDS))
							&& ("cat_cow".equals(id) || "pelvic_tilt".equals(id)),
					"With thinner bones, keep this movement small and slow, never forcing the back to bend.",
					OSTEOPOROSIS_EXERCISE));

	private Contraindications() {
	}

	/** The rules that leave an item out, for this person. */
	public static List<Contraindication> leavingOut(String itemId, Set<CareTag> tags, AssessmentInput person) {
		return matching(itemId, tags, person, true);
	}

	/** The cautions to show with an item, for this person. */
	public static List<Contraindication> cautioning(String itemId, Set<CareTag> tags, AssessmentInput person) {
		return matching(itemId, tags, person, false);
	}

	private static List<Contraindication> matching(String itemId, Set<CareTag> tags, AssessmentInput person,
			boolean leaveOut) {
		List<Contraindication> found = new ArrayList<>();
		for (Contraindication rule : ALL) {
			if (rule.leaveOut() == leaveOut && rule.appliesTo(itemId, tags, person)) {
				found.add(rule);
			}
		}
		return found;
	}

	private static boolean takesAnotherOralNsaid(AssessmentInput person, String itemId) {
		for (Medicine medicine : Medicine.values()) {
			if (medicine.isOralNsaid() && person.takes(medicine) && !medicine.code().equals(itemId)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * FACTS 5 and REFERENCE 4.7: no manipulation with any red flag. Infection risk
	 * factors, night or rest pain and a recent spinal operation count too, and an injury
	 * or night-pain question left blank is read as a possible yes.
	 */
	private static boolean manipulationUnsafe(AssessmentInput p, String itemId) {
		return p.has(OSTEOPOROSIS) || p.has(LONG_TERM_STEROIDS) || p.has(CANCER) || p.has(ANTICOAGULANTS)
				|| p.hasAnyHistory(TriageRules.INFECTION_RISK) || p.pain().trauma() != Trauma.NONE
				|| p.pain().maybeWorseAtNightOrRest() || !p.symptoms().isEmpty();
	}

	/**
	 * A fever, side pain with burning or frequent urine, or an infection risk with new
	 * severe, night or worsening pain, or the strongest risks with the night question
	 * left blank (side pain with blood in the urine alone is the kidney-stone pattern,
	 * where these tablets are the first pain relief, NG118): an infection is being sent
	 * for care (spine or kidney), and anti-inflammatory tablets would hide its fever and
	 * strain the kidneys meanwhile (Drug Facts: ask a doctor first with kidney problems
	 * or when dehydrated).
	 */
	private static boolean possibleInfection(AssessmentInput p, String itemId) {
		return p.has(Symptom.FEVER) || p.has(Symptom.CHILLS)
				|| (p.has(Symptom.FLANK_PAIN) && p.hasAny(TriageRules.URINARY_SYMPTOMS))
				|| TriageRules.spinalInfectionRisk(p) || TriageRules.strongInfectionRiskNightUnknown(p)
				|| TriageRules.infectionRiskPainGettingWorse(p);
	}

	private static Contraindication leaveOut(String code, Set<CareTag> tags,
			BiPredicate<AssessmentInput, String> condition, String text, Source... sources) {
		return new Contraindication(code, true, tags, condition, text, List.of(sources));
	}

	private static Contraindication caution(String code, Set<CareTag> tags,
			BiPredicate<AssessmentInput, String> condition, String text, Source... sources) {
		return new Contraindication(code, false, tags, condition, text, List.of(sources));
	}

}
