package org.backstop.core.triage;

import static org.backstop.core.assessment.History.CANCER;
import static org.backstop.core.assessment.History.HIGH_BLOOD_PRESSURE;
import static org.backstop.core.assessment.History.SMOKER;
import static org.backstop.core.assessment.History.DIABETES;
import static org.backstop.core.assessment.History.IMMUNOSUPPRESSION;
import static org.backstop.core.assessment.History.IV_DRUG_USE;
import static org.backstop.core.assessment.History.LONG_TERM_STEROIDS;
import static org.backstop.core.assessment.History.OSTEOPOROSIS;
import static org.backstop.core.assessment.History.RECENT_INFECTION;
import static org.backstop.core.assessment.History.RECENT_SPINAL_PROCEDURE;
import static org.backstop.core.assessment.History.RECENT_SPINAL_SURGERY;
import static org.backstop.core.assessment.History.KNOWN_AORTIC_ANEURYSM;
import static org.backstop.core.assessment.Symptom.WEAKNESS_BOTH_LEGS;
import static org.backstop.core.assessment.Symptom.NUMBNESS_BOTH_LEGS;
import static org.backstop.core.assessment.Symptom.REDUCED_RECTAL_SENSATION;
import static org.backstop.core.assessment.Symptom.LIGHT_HEADEDNESS;
import static org.backstop.core.assessment.Symptom.CONFUSION;
import static org.backstop.core.assessment.Symptom.RAPID_BREATHING;
import static org.backstop.core.assessment.Symptom.HEAVY_VAGINAL_BLEEDING;
import static org.backstop.core.assessment.Symptom.URINARY_FREQUENCY;
import static org.backstop.core.assessment.Symptom.SPINAL_DEFORMITY;
import static org.backstop.core.assessment.Symptom.BRUISING_OVER_SPINE;
import static org.backstop.core.assessment.Symptom.BAND_LIKE_PAIN;
import static org.backstop.core.assessment.Symptom.NIGHT_PAIN_NOT_EASED_BY_POSITION;
import static org.backstop.core.assessment.Symptom.BETTER_WITH_MOVEMENT;
import static org.backstop.core.assessment.Symptom.PAIN_GETTING_WORSE;
import static org.backstop.core.assessment.Symptom.PROGRESSIVE_ARM_WEAKNESS;
import static org.backstop.core.assessment.Symptom.BOTH_ARMS_AFFECTED;
import static org.backstop.core.assessment.Symptom.ELECTRIC_SHOCKS_BENDING_NECK;
import static org.backstop.core.assessment.History.CONNECTIVE_TISSUE_DISORDER;
import static org.backstop.core.assessment.History.PENETRATING_WOUND;
import static org.backstop.core.assessment.History.SINGLE_OR_TRANSPLANTED_KIDNEY;
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
import static org.backstop.core.assessment.Symptom.PRE_ECLAMPSIA_SIGNS;
import static org.backstop.core.assessment.Symptom.PROGRESSIVE_LEG_WEAKNESS;
import static org.backstop.core.assessment.Symptom.PULSATING_ABDOMINAL_MASS;
import static org.backstop.core.assessment.Symptom.SADDLE_NUMBNESS;
import static org.backstop.core.assessment.Symptom.SHORTNESS_OF_BREATH;
import static org.backstop.core.assessment.Symptom.TEARING_PAIN;
import static org.backstop.core.assessment.Symptom.UNEXPLAINED_WEIGHT_LOSS;
import static org.backstop.core.assessment.Symptom.URINARY_HESITANCY;
import static org.backstop.core.assessment.Symptom.REDUCED_FETAL_MOVEMENTS;
import static org.backstop.core.assessment.Symptom.WATERS_BREAKING;
import static org.backstop.core.assessment.Symptom.SWEATING;
import static org.backstop.core.assessment.Symptom.NAUSEA;
import static org.backstop.core.assessment.Symptom.URINARY_INCONTINENCE;
import static org.backstop.core.assessment.Symptom.URINARY_RETENTION;
import static org.backstop.core.assessment.Symptom.VAGINAL_BLEEDING;
import static org.backstop.core.assessment.Symptom.VOMITING;
import static org.backstop.core.knowledge.Source.ACP2017;
import static org.backstop.core.knowledge.Source.ANTENATAL_CARE;
import static org.backstop.core.knowledge.Source.AORTIC_ANEURYSM;
import static org.backstop.core.knowledge.Source.CERVICAL_MYELOPATHY;
import static org.backstop.core.knowledge.Source.CKS_LOW_BACK_PAIN;
import static org.backstop.core.knowledge.Source.CKS_SCIATICA;
import static org.backstop.core.knowledge.Source.DOWNIE2013;
import static org.backstop.core.knowledge.Source.FINUCANE2020;
import static org.backstop.core.knowledge.Source.GIRFT2023;
import static org.backstop.core.knowledge.Source.GREENHALGH2018;
import static org.backstop.core.knowledge.Source.NG118;
import static org.backstop.core.knowledge.Source.NG234;
import static org.backstop.core.knowledge.Source.NG59;
import static org.backstop.core.knowledge.Source.NG65;
import static org.backstop.core.knowledge.Source.NHS_BACK_PAIN;
import static org.backstop.core.knowledge.Source.NHS_HEART_ATTACK;
import static org.backstop.core.knowledge.Source.PYELONEPHRITIS;
import static org.backstop.core.knowledge.Source.SPINAL_STENOSIS;
import static org.backstop.core.knowledge.Source.YUSUF2019;
import static org.backstop.core.triage.TriageLevel.CONSULTATION;
import static org.backstop.core.triage.TriageLevel.CONSULTATION_24;
import static org.backstop.core.triage.TriageLevel.EMERGENCY;
import static org.backstop.core.triage.TriageLevel.EMERGENCY_AMBULANCE;
import static org.backstop.core.triage.TriageLevel.SELF_CARE;
import static org.backstop.core.triage.TriageRule.rule;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.backstop.core.assessment.AssessmentInput;
import org.backstop.core.assessment.History;
import org.backstop.core.assessment.Mobility;
import org.backstop.core.assessment.Onset;
import org.backstop.core.assessment.Radiation;
import org.backstop.core.assessment.Region;
import org.backstop.core.assessment.Sex;
import org.backstop.core.assessment.Symptom;
import org.backstop.core.assessment.Trauma;

/**
 * Every triage rule, in one place, most urgent first. The groups and levels follow the
 * clinical reference ({@code shared/clinical/FACTS.md}, table 1, and
 * {@code REFERENCE.md}, section 1). Where the two differ, the more cautious reading is
 * taken and a comment beside the rule says so.
 *
 * <p>
 * A condition tests for the absence of a symptom or history code only to leave the case
 * to a rule at least as urgent (a fever to the fever rule), so adding a code can never
 * lower the level. A blank answer is read the cautious way wherever a rule depends on it
 * (the {@code maybe...} readings of {@link AssessmentInput}): unknown is not absent.
 */
public final class TriageRules {

	/** Loss of bladder or bowel control, or being unable to pass urine. */
	static final Set<Symptom> BLADDER_OR_BOWEL_LOSS = EnumSet.of(URINARY_RETENTION, URINARY_INCONTINENCE,
			BOWEL_INCONTINENCE);

	/** Early signs of pressure on the nerves at the bottom of the spine. */
	static final Set<Symptom> CAUDA_EQUINA_EARLY = EnumSet.of(SADDLE_NUMBNESS, NEW_SEXUAL_DYSFUNCTION,
			URINARY_HESITANCY, REDUCED_RECTAL_SENSATION);

	static final Set<Symptom> LEG_NERVE_SIGNS = EnumSet.of(LEG_WEAKNESS, PROGRESSIVE_LEG_WEAKNESS, FOOT_DROP,
			LEG_NUMBNESS, GAIT_UNSTEADY, WEAKNESS_BOTH_LEGS, NUMBNESS_BOTH_LEGS);

	/**
	 * Nerve signs in the arms and hands: with neck or upper-back pain they can mean
	 * pressure on the spinal cord in the neck (NG234 names them for cord compression).
	 */
	static final Set<Symptom> ARM_NERVE_SIGNS = EnumSet.of(ARM_WEAKNESS, ARM_NUMBNESS, HAND_CLUMSINESS,
			PROGRESSIVE_ARM_WEAKNESS, BOTH_ARMS_AFFECTED, ELECTRIC_SHOCKS_BENDING_NECK);

	/**
	 * Signs that the spinal cord in the neck may be pressed (REFERENCE 1.12): clumsy
	 * hands, both arms affected, or electric shocks on bending the neck.
	 */
	static final Set<Symptom> CORD_SIGNS = EnumSet.of(HAND_CLUMSINESS, BOTH_ARMS_AFFECTED,
			ELECTRIC_SHOCKS_BENDING_NECK);

	/**
	 * Any sign that a nerve, the spinal cord or the cauda equina is affected, in the
	 * legs, the arms or the bladder.
	 */
	static final Set<Symptom> ANY_NERVE_SIGN = union(LEG_NERVE_SIGNS, ARM_NERVE_SIGNS, BLADDER_OR_BOWEL_LOSS,
			CAUDA_EQUINA_EARLY);

	static final Set<Symptom> FEVER_OR_CHILLS = EnumSet.of(FEVER, CHILLS);

	/** Risk factors for spinal infection (Finucane 2020; Yusuf 2019). */
	public static final Set<History> INFECTION_RISK = Collections
		.unmodifiableSet(EnumSet.of(IV_DRUG_USE, IMMUNOSUPPRESSION, RECENT_SPINAL_SURGERY, RECENT_SPINAL_PROCEDURE,
				RECENT_INFECTION, DIABETES, LONG_TERM_STEROIDS, PENETRATING_WOUND));

	/**
	 * The risk factors that make a spinal infection likely enough to act on without a
	 * fever: fever is missing in about 45 % of spinal infections (Yusuf 2019), and
	 * REFERENCE 1.3 counts long-term steroids as immunosuppression.
	 */
	static final Set<History> STRONG_INFECTION_RISK = EnumSet.of(IV_DRUG_USE, IMMUNOSUPPRESSION, PENETRATING_WOUND,
			RECENT_SPINAL_SURGERY, RECENT_SPINAL_PROCEDURE, LONG_TERM_STEROIDS);

	static final Set<History> FRAGILE_BONES = EnumSet.of(OSTEOPOROSIS, LONG_TERM_STEROIDS);

	/**
	 * From this age a fall or a sudden severe pain may have broken a bone. Downie 2013
	 * and the reference use "over 70"; at the cut point itself the cautious reading is
	 * taken.
	 */
	static final int FRAGILE_AGE = 70;

	/** Pain from this score on counts as severe (FACTS 3: 7-10). */
	static final int SEVERE_PAIN = 7;

	/**
	 * Pain in these regions with breathlessness, sweating or sickness can be the heart.
	 */
	static final Set<Region> UPPER_REGIONS = EnumSet.of(Region.NECK, Region.UPPER_BACK, Region.MID_BACK);

	static final Set<Symptom> BLADDER_CHANGE = union(BLADDER_OR_BOWEL_LOSS, EnumSet.of(URINARY_HESITANCY));

	/**
	 * Symptoms that are not part of an ordinary back spasm and that no more specific rule
	 * covers in every case. Each has at least the fallback rule behind it, so that no
	 * reported symptom is left without an answer.
	 */
	static final Set<Symptom> NEEDS_REVIEW = EnumSet.of(NIGHT_SWEATS, UNEXPLAINED_WEIGHT_LOSS, ABDOMINAL_PAIN,
			FLANK_PAIN, PAINFUL_URINATION, BLOOD_IN_URINE, VOMITING, MORNING_STIFFNESS_OVER_30MIN, VAGINAL_BLEEDING,
			ARM_WEAKNESS, ARM_NUMBNESS, NAUSEA, SWEATING, RAPID_BREATHING, HEAVY_VAGINAL_BLEEDING);

	/** Urinary symptoms of a urine or kidney infection (REFERENCE 1.9). */
	public static final Set<Symptom> URINARY_SYMPTOMS = Collections
		.unmodifiableSet(EnumSet.of(PAINFUL_URINATION, URINARY_FREQUENCY));

	/** Any bleeding from the vagina. */
	static final Set<Symptom> VAGINAL_BLEEDING_ANY = EnumSet.of(VAGINAL_BLEEDING, HEAVY_VAGINAL_BLEEDING);

	/** Fracture signs on the back itself (REFERENCE 1.5; Downie 2013). */
	static final Set<Symptom> FRACTURE_SIGNS = EnumSet.of(SPINAL_DEFORMITY, BRUISING_OVER_SPINE);

	/** Signs of shock: two together with back pain call an ambulance (REFERENCE 1.7). */
	static final Set<Symptom> SHOCK_SIGNS = EnumSet.of(SWEATING, LIGHT_HEADEDNESS, RAPID_BREATHING);

	/** Signs of sepsis with an infection (REFERENCE 1.9). */
	static final Set<Symptom> SEPSIS_SIGNS = EnumSet.of(CONFUSION, RAPID_BREATHING);

	/**
	 * Feeling sick, being sick or breaking out in a sweat: with upper back, neck or
	 * shoulder-blade pain they can be a heart attack without chest pain (REFERENCE 1.8).
	 */
	static final Set<Symptom> SICK_OR_SWEATY = EnumSet.of(VOMITING, NAUSEA, SWEATING, LIGHT_HEADEDNESS,
			RAPID_BREATHING);

	/** The acute period ends at six weeks (ACP 2017 counts under four weeks as acute). */
	static final int ACUTE_PERIOD_DAYS = 42;

	/**
	 * Pain or numbness in both legs is new while it has lasted "weeks, not months"
	 * (FACTS, cauda equina): up to eight weeks.
	 */
	static final int BOTH_LEGS_NEW_DAYS = 56;

	/** Night or rest pain for longer than this is more than a spasm's bad night. */
	static final int NIGHT_PAIN_DAYS = 14;

	/** Pain that has lasted longer than this is chronic (ACP 2017: over 12 weeks). */
	static final int CHRONIC_DAYS = 90;

	/**
	 * A spasm's first week often has bad days; worsening past it is not the usual course.
	 */
	static final int WORSENING_DAYS = 7;

	/** Weeks of self-care without improvement after which a clinician should see it. */
	public static final int SELF_CARE_WEEKS = 4;

	static final String CAUDA_EQUINA = "Cauda equina syndrome";

	static final String NERVE = "Neurological deficit";

	static final String INFECTION = "Spinal infection";

	static final String MALIGNANCY = "Malignancy";

	static final String FRACTURE = "Vertebral fracture";

	static final String AORTA = "Abdominal aortic aneurysm or dissection";

	static final String CARDIAC = "Cardiac causes";

	static final String KIDNEY = "Kidney infection or stones";

	static final String PREGNANCY = "Pregnancy";

	static final String INFLAMMATORY = "Inflammatory back pain";

	static final String MYELOPATHY = "Cervical myelopathy";

	static final String STENOSIS = "Spinal stenosis";

	static final String NOT_SETTLING = "Not settling or not coping";

	static final String CHILDREN = "Children";

	static final String OTHER = "Other symptoms";

	/** All rules, most urgent first. */
	public static final List<TriageRule> ALL = List.of(

			// Aortic aneurysm or dissection (CKS AAA; NICE NG156)
			rule("aortic_dissection_suspected", EMERGENCY_AMBULANCE, AORTA, "tearing_pain",
					(in) -> in.has(TEARING_PAIN),
					"A sudden tearing or ripping pain in the back or chest can come from a tear in the wall of the body's main artery. This cannot wait: call an ambulance.",
					AORTIC_ANEURYSM),
			// REFERENCE 1.7 names Marfan and Ehlers-Danlos syndromes as risks for a tear
			// of the aorta, which shows as sudden severe pain in the chest or between the
			// shoulder blades; an onset not given counts as sudden.
			rule("dissection_risk_sudden_pain", EMERGENCY_AMBULANCE, AORTA,
					"history connective_tissue_disorder with neck, upper_back or mid_back pain of 7 or more that began suddenly or at a time not given",
					(in) -> in.has(CONNECTIVE_TISSUE_DISORDER) && UPPER_REGIONS.contains(in.pain().region())
							&& in.pain().intensity() >= SEVERE_PAIN && in.pain().maybeSudden(),
					"With Marfan, Ehlers-Danlos or a similar condition, a sudden severe pain in the upper back or between the shoulder blades can be a tear in the wall of the body's main artery. Call an ambulance now.",
					AORTIC_ANEURYSM),
			// REFERENCE 1.7: sudden severe back pain after 50-55, especially in a man, a
			// smoker or someone with high blood pressure, is an ambulance; FACTS asks for
			// belly pain too. Two or more of those risks take the more cautious reading.
			rule("sudden_severe_pain_high_aneurysm_risk", EMERGENCY_AMBULANCE, AORTA,
					"age 50 or over with two or more of male, smoker, high_blood_pressure; pain of 7 or more that began suddenly or at a time not given",
					(in) -> in.age() >= 50 && aneurysmRiskFactors(in) >= 2 && in.pain().intensity() >= SEVERE_PAIN
							&& in.pain().maybeSudden(),
					"After the age of 50, a sudden severe back pain in someone with several risks for a swelling of the body's main artery (being a man, smoking, high blood pressure) can mean that it is leaking. Call an ambulance now.",
					AORTIC_ANEURYSM),
			// The reference lists sudden severe flank pain after 50 with the aneurysm
			// features (REFERENCE 1.7), so flank pain counts here as well as belly pain.
			// "Over 50-55" is read from 50 on, and an onset not given as gradual counts
			// as sudden: unknown is not absent.
			rule("aortic_aneurysm_suspected", EMERGENCY_AMBULANCE, AORTA,
					"pulsating_abdominal_mass; or age 50 or over with pain of 7 or more, onset sudden or not given, and abdominal_pain or flank_pain",
					(in) -> in.has(PULSATING_ABDOMINAL_MASS) || (in.age() >= 50 && in.pain().maybeSudden()
							&& in.pain().intensity() >= SEVERE_PAIN && (in.has(ABDOMINAL_PAIN) || in.has(FLANK_PAIN))),
					"A throbbing feeling in the belly, or sudden severe back pain with belly or side pain after the age of 50, can mean that a swelling of the body's main artery is leaking. Call an ambulance.",
					AORTIC_ANEURYSM),
			// CKS AAA / NG156 (REFERENCE 1.7): a known aneurysm that now hurts is treated
			// as symptomatic, an emergency admission; with belly or side pain, or sudden
			// severe pain, an ambulance.
			rule("known_aneurysm_with_pain", EMERGENCY_AMBULANCE, AORTA,
					"history known_aortic_aneurysm with abdominal_pain or flank_pain, or with pain of 7 or more that began suddenly or at a time not given",
					(in) -> in.has(KNOWN_AORTIC_ANEURYSM) && (in.has(ABDOMINAL_PAIN) || in.has(FLANK_PAIN)
							|| (in.pain().maybeSudden() && in.pain().intensity() >= SEVERE_PAIN)),
					"With a known swelling of the body's main artery, belly or side pain, or a sudden severe back pain, can mean it is leaking. Call an ambulance now.",
					AORTIC_ANEURYSM),
			// REFERENCE 1.7: fainting, light-headedness, or pallor and sweating, with
			// back or belly pain are signs of shock, and two of them together call an
			// ambulance at any age. One alone, without belly or side pain, counts at the
			// ages of an aneurysm with severe pain; otherwise light-headedness is seen
			// within a day (light_headed_with_back_pain), and a sweat is reviewed
			// (NEEDS_REVIEW).
			rule("collapse_with_back_pain", EMERGENCY_AMBULANCE, AORTA,
					"fainting; two or more of sweating, light_headedness and rapid_breathing; or sweating or light_headedness with abdominal_pain or flank_pain, or at age 50 or over with pain of 7 or more",
					(in) -> in.has(FAINTING) || countOf(in, SHOCK_SIGNS) >= 2
							|| ((in.has(SWEATING) || in.has(LIGHT_HEADEDNESS)) && (in.has(ABDOMINAL_PAIN)
									|| in.has(FLANK_PAIN) || (in.age() >= 50 && in.pain().intensity() >= SEVERE_PAIN))),
					"Fainting or nearly fainting, feeling faint with a cold sweat or fast breathing, or a cold sweat or light-headedness with belly or side pain, or with severe pain after 50, together with back pain can be a sign of bleeding inside the body. Call an ambulance and lie down until help comes.",
					AORTIC_ANEURYSM),

			// Cardiac causes. The reference names upper back, mid back and neck pain;
			// chest pain or breathlessness with any back pain is taken as cardiac until
			// shown otherwise, the more cautious reading.
			rule("cardiac_pain_suspected", EMERGENCY_AMBULANCE, CARDIAC, "chest_pain or shortness_of_breath",
					(in) -> in.has(CHEST_PAIN) || in.has(SHORTNESS_OF_BREATH),
					"Back, neck or shoulder-blade pain that comes with chest pain or breathlessness can be a heart attack, even without classic chest pain. Call an ambulance now.",
					NHS_HEART_ATTACK),

			// REFERENCE 1.8: upper back, neck or arm pain without chest pain but with
			// sickness or sweating can be a heart attack, more often so in women, older
			// people and people with diabetes.
			rule("cardiac_pain_atypical", EMERGENCY_AMBULANCE, CARDIAC,
					"neck, upper_back or mid_back pain with vomiting, nausea, sweating, light_headedness or rapid_breathing, without chest_pain or shortness_of_breath",
					(in) -> UPPER_REGIONS.contains(in.pain().region()) && in.hasAny(SICK_OR_SWEATY)
							&& !in.has(CHEST_PAIN) && !in.has(SHORTNESS_OF_BREATH),
					"Pain in the neck, upper back or between the shoulder blades that comes with feeling or being sick, a cold sweat, feeling faint or fast breathing can be a heart attack, even when the chest does not hurt. This happens more often in women, older people and people with diabetes. Call an ambulance now.",
					NHS_HEART_ATTACK),

			// REFERENCE 1.9 sends signs of sepsis to the emergency department; confusion
			// or very fast breathing with a fever also means the person may not travel
			// safely (REFERENCE 1.1: ambulance), the more cautious reading.
			rule("sepsis_signs", EMERGENCY_AMBULANCE, INFECTION, "fever or chills with confusion or rapid_breathing",
					(in) -> in.hasAny(FEVER_OR_CHILLS) && in.hasAny(SEPSIS_SIGNS),
					"A fever with confusion, drowsiness or very fast breathing can mean an infection is affecting the whole body (sepsis). Call an ambulance now.",
					PYELONEPHRITIS, YUSUF2019),

			// Vertebral fracture after major trauma (Finucane 2020)
			rule("fracture_major_trauma_cannot_walk", EMERGENCY_AMBULANCE, FRACTURE,
					"trauma major with unable_to_walk or any leg, arm, bladder or saddle nerve sign",
					(in) -> in.pain().traumaOrNone() == Trauma.MAJOR
							&& (in.mobility() == Mobility.UNABLE_TO_WALK || in.hasAny(ANY_NERVE_SIGN)),
					"After a serious accident, back pain with trouble walking or with numbness or weakness can mean a broken spine. Stay still, do not let anyone move you unless you are in danger, and call an ambulance.",
					FINUCANE2020),

			// REFERENCE 1.10: heavy bleeding in pregnancy calls for an ambulance; a
			// pregnancy question left blank counts as a possible pregnancy.
			rule("pregnancy_heavy_bleeding", EMERGENCY_AMBULANCE, PREGNANCY,
					"heavy_vaginal_bleeding when pregnant or the pregnancy question was left blank (female or other, 10 to 55)",
					(in) -> in.has(HEAVY_VAGINAL_BLEEDING) && in.maybePregnant(),
					"Heavy bleeding from the vagina when you are or might be pregnant needs help straight away. Call an ambulance now.",
					ANTENATAL_CARE),

			// New confusion or drowsiness is no part of a back problem: it can be sepsis
			// without a measured fever (fever is absent in many spinal infections, Yusuf
			// 2019) or a head injury after a fall. The cautious reading is the emergency
			// department.
			rule("new_confusion", EMERGENCY, INFECTION, "confusion without fever or chills",
					(in) -> in.has(CONFUSION) && !in.hasAny(FEVER_OR_CHILLS),
					"New confusion or unusual drowsiness with back pain needs checking today: it can come from an infection spreading in the body, or from a knock to the head. Go to an emergency department now; call an ambulance if the person cannot get there safely.",
					PYELONEPHRITIS, YUSUF2019),

			// Cauda equina syndrome (Greenhalgh 2018; GIRFT 2023)
			rule("cauda_equina_bladder_or_bowel", EMERGENCY, CAUDA_EQUINA,
					"urinary_retention, urinary_incontinence or bowel_incontinence",
					(in) -> in.hasAny(BLADDER_OR_BOWEL_LOSS),
					"New trouble passing urine, or losing control of your bladder or bowels, with back pain can mean the nerves at the bottom of your spine are being squeezed. Go to an emergency department now; if you cannot get there safely, call an ambulance.",
					GREENHALGH2018, GIRFT2023, NG59),
			// Difficulty starting to pass urine is a bladder change the reference lists
			// under cauda equina (REFERENCE 1.2), so urinary_hesitancy counts here.
			rule("cauda_equina_suspected", EMERGENCY, CAUDA_EQUINA,
					"saddle_numbness, new_sexual_dysfunction or urinary_hesitancy",
					(in) -> in.hasAny(CAUDA_EQUINA_EARLY),
					"Numbness between the legs or around the back passage, a new change in sexual feeling, or finding it hard to start passing urine can be early signs that the nerves at the bottom of the spine are squeezed. Go to an emergency department now: treatment works best before the bladder is affected.",
					GREENHALGH2018, GIRFT2023),
			// FACTS sends recent pain in both legs to the emergency department; REFERENCE
			// 1.2 allows 24 hours when the bladder is normal. The more cautious reading
			// is taken.
			rule("sciatica_both_legs", EMERGENCY, CAUDA_EQUINA,
					"radiation both_legs or numbness_both_legs, in both legs for " + BOTH_LEGS_NEW_DAYS
							+ " days or fewer (legSymptomsDays, or the pain's days when not given)",
					(in) -> bothLegs(in) && in.pain().legSymptomsDaysOrDuration() <= BOTH_LEGS_NEW_DAYS,
					"Pain or numbness that has recently spread into both legs can be an early warning that the nerves at the bottom of the spine are being squeezed. Go to an emergency department today to be checked.",
					GREENHALGH2018, GIRFT2023, NHS_BACK_PAIN),

			// REFERENCE 1.2: weakness in both legs is a neurological emergency.
			rule("weakness_both_legs", EMERGENCY, CAUDA_EQUINA,
					"weakness_both_legs, in the legs for " + BOTH_LEGS_NEW_DAYS
							+ " days or fewer (legSymptomsDays, or the pain's days when not given)",
					(in) -> in.has(WEAKNESS_BOTH_LEGS) && in.pain().legSymptomsDaysOrDuration() <= BOTH_LEGS_NEW_DAYS,
					"Weakness in both legs with back pain can mean the nerves at the bottom of the spine, or the spinal cord, are being squeezed. Go to an emergency department now; if you cannot get there safely, call an ambulance.",
					GREENHALGH2018, NG59),

			// Progressive neurological deficit (NG59; CKS Sciatica). An arm getting
			// weaker is the same warning in the neck (REFERENCE 1.12: emergency if
			// progressing).
			rule("progressive_neurological_deficit", EMERGENCY, NERVE,
					"progressive_leg_weakness, foot_drop or progressive_arm_weakness",
					(in) -> in.has(PROGRESSIVE_LEG_WEAKNESS) || in.has(FOOT_DROP) || in.has(PROGRESSIVE_ARM_WEAKNESS),
					"A leg or an arm that is getting weaker, or a foot that slaps down or catches when you walk, can mean a nerve or the spinal cord is under serious pressure. Go to an emergency department today.",
					NG59, CKS_SCIATICA, CERVICAL_MYELOPATHY),

			// Spinal infection (Finucane 2020; Yusuf 2019; CKS). A night-pain question
			// left blank is read as yes: unknown is not absent.
			rule("spinal_infection_suspected", EMERGENCY, INFECTION,
					"fever or chills with iv_drug_use, immunosuppression, recent_spinal_surgery, recent_spinal_procedure, recent_infection, diabetes, long_term_steroids or penetrating_wound; or with pain worse at night or rest, or that question not answered; or with any nerve sign",
					(in) -> in.hasAny(FEVER_OR_CHILLS) && feverMeansEmergency(in),
					"A fever with back pain, when you also have a higher risk of infection, the pain is worse at night or at rest, or with new weakness or numbness, can mean an infection in the spine. Go to an emergency department today.",
					FINUCANE2020, YUSUF2019, CKS_LOW_BACK_PAIN),
			// Fever is missing in a large share of spinal infections (Yusuf 2019), so the
			// strongest risk factors with new severe or night pain count without one
			// (REFERENCE 1.3: risk factor with new severe pain, emergency).
			rule("spinal_infection_without_fever", EMERGENCY, INFECTION,
					"no fever or chills, and iv_drug_use, immunosuppression, recent_spinal_surgery, recent_spinal_procedure, penetrating_wound or long_term_steroids, with pain of 7 or more, pain worse at night or rest, or any nerve sign",
					// REFERENCE 1.3: a new nerve deficit with an infection risk can be an
					// abscess pressing on the nerves.
					(in) -> !in.hasAny(FEVER_OR_CHILLS) && in.hasAnyHistory(STRONG_INFECTION_RISK)
							&& (in.pain().intensity() >= SEVERE_PAIN || nightPain(in) || in.hasAny(ANY_NERVE_SIGN)),
					"With injected drugs, a weakened immune system, steroid tablets, a wound, or a recent operation, injection or epidural in the spine, new severe back pain, pain that is worse at night, or new weakness or numbness can mean an infection in the spine, even without a fever. Go to an emergency department today.",
					YUSUF2019, FINUCANE2020),
			// REFERENCE 1.3: severe, constant pain worse at night or at rest is an
			// emergency sign of a spinal infection, and diabetes and a recent infection
			// are
			// its commonest risk factors (Yusuf 2019): together they cannot wait a day.
			rule("spinal_infection_severe_night_pain", EMERGENCY, INFECTION,
					"no fever or chills, and diabetes or recent_infection, with pain of 7 or more that is worse at night or rest, or that question not answered",
					// With severe pain, a blank night answer decides between a day and
					// now: unknown is not absent.
					(in) -> !in.hasAny(FEVER_OR_CHILLS) && in.hasAnyHistory(INFECTION_RISK)
							&& !in.hasAnyHistory(STRONG_INFECTION_RISK) && in.pain().intensity() >= SEVERE_PAIN
							&& (nightPain(in) || in.pain().worseAtNightOrRest() == null),
					"With diabetes or a recent infection, severe back pain that is worse at night or at rest can mean an infection in the spine, even without a fever. Go to an emergency department today.",
					YUSUF2019, FINUCANE2020),

			// A child who cannot or will not walk because of back pain. The reference
			// gives
			// children a consultation, within 24 hours with warning signs (FACTS 1,
			// REFERENCE 1.13: their back pain more often has a specific cause), and an
			// adult
			// who cannot walk 24 hours. Backstop escalates beyond it, as the writer of
			// case
			// set 3 judged (s3-ch-07): a young child cannot say what else is wrong, and
			// not walking is the one sign a parent sees. When in doubt, escalate.
			rule("child_unable_to_walk", EMERGENCY, CHILDREN, "age under 16 with mobility unable_to_walk",
					(in) -> in.age() < 16 && in.mobility() == Mobility.UNABLE_TO_WALK,
					"A child who cannot walk, or will not, because of back pain needs to be seen today, to look for a cause such as an infection. Go to an emergency department now.",
					CKS_LOW_BACK_PAIN),

			// Malignancy (NG234; Downie 2013)
			rule("cancer_with_nerve_symptoms", EMERGENCY, MALIGNANCY,
					"history cancer with any leg, arm, hand, walking, bladder or saddle nerve sign",
					(in) -> in.has(CANCER) && in.hasAny(ANY_NERVE_SIGN),
					"Back or neck pain with weakness or numbness in the legs or arms, clumsy hands, unsteady walking or bladder changes in someone who has had cancer can mean pressure on the spinal cord. Go to an emergency department today.",
					NG234),

			// Vertebral fracture (Finucane 2020; Downie 2013)
			rule("fracture_major_trauma", EMERGENCY, FRACTURE, "trauma major",
					(in) -> in.pain().traumaOrNone() == Trauma.MAJOR,
					"Back pain after a serious accident, such as a road collision or a fall from a height, needs an X-ray or scan to look for a broken bone. Go to an emergency department now.",
					FINUCANE2020, DOWNIE2013)
				.unless("fracture_major_trauma_cannot_walk"),
			// REFERENCE 1.5: several fracture flags together make a fracture likely
			// (Downie 2013), and a possible fracture that stops walking or affects a
			// nerve cannot wait for an appointment.
			rule("fracture_fragility_severe", EMERGENCY, FRACTURE,
					"a possible fragility fracture with unable_to_walk, any nerve sign, or three or more of osteoporosis, long_term_steroids, age 70 or over, spinal_deformity or bruising_over_spine, and trauma minor (or not answered while the pain is 42 days old or less)",
					(in) -> fragilityFracture(in) && (in.mobility() == Mobility.UNABLE_TO_WALK
							|| in.hasAny(ANY_NERVE_SIGN) || fractureFlags(in) >= 3),
					"A bone in the spine may have broken, and it is affecting your walking or your nerves, or several signs point to it. Go to an emergency department now; call an ambulance if you cannot get there safely.",
					DOWNIE2013, FINUCANE2020),

			// REFERENCE 1.5: bruising or a changed shape of the back after an injury.
			rule("fracture_signs_after_injury", EMERGENCY, FRACTURE,
					"spinal_deformity or bruising_over_spine with trauma minor",
					(in) -> in.hasAny(FRACTURE_SIGNS) && in.pain().traumaOrNone() == Trauma.MINOR,
					"Bruising, a graze or a changed shape of the back after a fall or a knock can mean a broken bone in the spine. Go to an emergency department now.",
					DOWNIE2013, FINUCANE2020),

			rule("known_aneurysm_back_pain", EMERGENCY, AORTA, "history known_aortic_aneurysm",
					(in) -> in.has(KNOWN_AORTIC_ANEURYSM),
					"New back pain with a known swelling of the body's main artery needs checking in hospital today, in case the swelling is the cause. Go to an emergency department now, and call an ambulance if the pain becomes severe or you feel faint.",
					AORTIC_ANEURYSM)
				.unless("known_aneurysm_with_pain"),

			// REFERENCE 1.7: sudden severe belly and back pain is an emergency at any
			// age (an aneurysm before 50 is rare, but other causes cannot wait either).
			rule("sudden_severe_belly_and_back_pain", EMERGENCY, AORTA,
					"pain of 7 or more, onset sudden or not given, with abdominal_pain",
					(in) -> in.pain().intensity() >= SEVERE_PAIN && in.pain().maybeSudden() && in.has(ABDOMINAL_PAIN),
					"Sudden severe pain in the back and the belly together needs checking in hospital today. Go to an emergency department now; call an ambulance if you feel faint or the pain is unbearable.",
					AORTIC_ANEURYSM)
				.unless("aortic_aneurysm_suspected"),

			// Kidney infection or stones (NICE NG111; NG118)
			rule("kidney_infection_severe", EMERGENCY, KIDNEY,
					"flank_pain with fever, chills, painful_urination or urinary_frequency, and vomiting, pregnancy, immunosuppression or single_or_transplanted_kidney",
					(in) -> in.has(FLANK_PAIN) && (in.hasAny(FEVER_OR_CHILLS) || in.hasAny(URINARY_SYMPTOMS))
							&& (in.has(VOMITING) || in.pregnantOrFalse() || in.has(IMMUNOSUPPRESSION)
									|| in.has(SINGLE_OR_TRANSPLANTED_KIDNEY)),
					"Pain in the side with fever or burning urine may be a kidney infection; with vomiting, pregnancy or a weak immune system it needs treatment today. Go to an emergency department now.",
					PYELONEPHRITIS),
			rule("kidney_stone_with_fever", EMERGENCY, KIDNEY, "flank_pain with blood_in_urine and fever or chills",
					(in) -> in.has(FLANK_PAIN) && in.has(BLOOD_IN_URINE) && in.hasAny(FEVER_OR_CHILLS),
					"Side pain with blood in the urine and a fever can mean a kidney stone is blocking an infected kidney. Go to an emergency department now.",
					NG118, PYELONEPHRITIS),
			// REFERENCE 1.9 (NG118; CKS renal colic): a stone needs the emergency
			// department when the person is vomiting or has kidney disease.
			rule("kidney_stone_complicated", EMERGENCY, KIDNEY,
					"flank_pain with blood_in_urine, no fever or chills, and vomiting, history kidney_disease or single_or_transplanted_kidney",
					(in) -> in.has(FLANK_PAIN) && in.has(BLOOD_IN_URINE) && !in.hasAny(FEVER_OR_CHILLS)
							&& (in.has(VOMITING) || in.has(History.KIDNEY_DISEASE)
									|| in.has(SINGLE_OR_TRANSPLANTED_KIDNEY)),
					"Side pain with blood in the urine may be a kidney stone. When you are being sick, or your kidneys already do not work well, it needs checking and treatment today. Go to an emergency department now.",
					NG118),

			// Pregnancy (NICE antenatal care; REFERENCE 1.10). Contractions mean a
			// pregnancy even when the pregnancy field was left out, so they count on
			// their own, as do waters breaking and a baby moving less (REFERENCE 1.10),
			// and bleeding counts when the pregnancy question was left blank
			// by someone who could be pregnant. Belly pain in pregnancy can be an ectopic
			// pregnancy early on and a placental problem later; side pain with vomiting
			// a kidney infection.
			rule("pregnancy_warning_signs", EMERGENCY, PREGNANCY,
					"contractions, waters_breaking, reduced_fetal_movements or pre_eclampsia_signs; vaginal_bleeding when pregnant or the pregnancy question was left blank (female or other, 10 to 55); or pregnant with abdominal_pain, with fever or chills, or with flank_pain and vomiting",
					(in) -> in.has(CONTRACTIONS) || in.has(WATERS_BREAKING) || in.has(REDUCED_FETAL_MOVEMENTS)
							|| in.has(PRE_ECLAMPSIA_SIGNS) || (in.maybePregnant() && in.hasAny(VAGINAL_BLEEDING_ANY))
							// REFERENCE 1.10: a fever in pregnancy is an urgent obstetric
							// referral on its own (GPonline).
							|| (in.pregnantOrFalse() && (in.has(ABDOMINAL_PAIN) || in.hasAny(FEVER_OR_CHILLS)
									|| (in.has(FLANK_PAIN) && in.has(VOMITING)))),
					"During pregnancy, back pain with tightenings that come and go, waters breaking, the baby moving less than usual, a bad headache, blurred vision or sudden swelling, bleeding from the vagina, pain in the belly, a fever, or side pain with being sick needs checking straight away. Contact your maternity unit or go to an emergency department now.",
					ANTENATAL_CARE, PYELONEPHRITIS)
				.unless("pregnancy_heavy_bleeding"),

			// Cervical myelopathy (REFERENCE 1.12)
			rule("cervical_myelopathy_urgent", EMERGENCY, MYELOPATHY,
					"neck pain with a bladder or bowel change, progressive_leg_weakness or progressive_arm_weakness",
					(in) -> in.pain().region() == Region.NECK && (in.hasAny(BLADDER_CHANGE)
							|| in.has(PROGRESSIVE_LEG_WEAKNESS) || in.has(PROGRESSIVE_ARM_WEAKNESS)),
					"Neck pain with a change in bladder or bowel control, or legs that are getting weaker, can mean pressure on the spinal cord in the neck. Go to an emergency department now.",
					CERVICAL_MYELOPATHY, FINUCANE2020),

			// Neurological deficit, stable (CKS Sciatica)
			rule("neurological_deficit", CONSULTATION_24, NERVE,
					"leg_weakness, weakness_both_legs, arm_weakness or gait_unsteady",
					(in) -> in.has(LEG_WEAKNESS) || in.has(WEAKNESS_BOTH_LEGS) || in.has(ARM_WEAKNESS)
							|| in.has(GAIT_UNSTEADY),
					"Weakness in a leg or an arm, or unsteady walking, means a nerve may be pressed. A doctor should examine you within 24 hours. If it gets worse, go to an emergency department.",
					CKS_SCIATICA)
				.unless("progressive_neurological_deficit", "cancer_with_nerve_symptoms", "cervical_myelopathy_urgent",
						"fracture_major_trauma_cannot_walk", "fracture_fragility_severe", "weakness_both_legs"),

			// Possible infection without a risk factor (CKS)
			rule("possible_spinal_infection", CONSULTATION_24, INFECTION, "fever or chills",
					(in) -> in.hasAny(FEVER_OR_CHILLS),
					"A fever or chills with back pain is not usual for a simple back spasm and can mean an infection. See a doctor within 24 hours, sooner if you feel very unwell.",
					CKS_LOW_BACK_PAIN, FINUCANE2020)
				.unless("spinal_infection_suspected", "kidney_infection_severe", "kidney_stone_with_fever",
						"pregnancy_warning_signs"),
			// Unknown is not absent, without sending everyone on steroids to hospital:
			// with the strongest risks, a night-pain answer left blank would decide
			// between an emergency and self-care, so the person is seen within a day and
			// told what would make it an emergency (Yusuf 2019; REFERENCE 1.3).
			rule("infection_risk_night_pain_unknown", CONSULTATION_24, INFECTION,
					"no fever or chills, and iv_drug_use, immunosuppression, recent_spinal_surgery, recent_spinal_procedure, penetrating_wound or long_term_steroids, with the night-pain question not answered",
					TriageRules::strongInfectionRiskNightUnknown,
					"With injected drugs, a weakened immune system, steroid tablets, a wound, or a recent operation or injection in the spine, back pain that is worse at night or at rest can come from an infection in the spine. You did not say whether yours is, so see a doctor within 24 hours; go to an emergency department today if it is worse at night or at rest, or if you get a fever.",
					YUSUF2019, FINUCANE2020)
				.unless("spinal_infection_without_fever"),

			// REFERENCE 1.3: with a risk factor, pain that keeps getting worse is not
			// left to
			// self-care even without a fever or a severe score.
			rule("infection_risk_pain_getting_worse", CONSULTATION_24, INFECTION,
					"any infection risk with pain_getting_worse, no fever or chills",
					TriageRules::infectionRiskPainGettingWorse,
					"With a higher risk of infection (diabetes, a recent infection, injected drugs, a weakened immune system, steroid tablets, a wound, or a recent operation or injection in the spine), back pain that keeps getting worse needs a doctor within 24 hours, even without a fever. Go to an emergency department today if it becomes severe, is worse at night or at rest, or you get a fever.",
					YUSUF2019, FINUCANE2020)
				.unless("spinal_infection_without_fever", "spinal_infection_severe_night_pain"),
			rule("spinal_infection_risk", CONSULTATION_24, INFECTION,
					"any infection risk (diabetes or recent_infection here; the stronger ones answer as an emergency), with pain of 7 or more or pain worse at night or rest",
					TriageRules::spinalInfectionRisk,
					"With diabetes or a recent infection, new severe back pain or pain that is worse at night can come from an infection in the spine, even without a fever. See a doctor within 24 hours, and go to an emergency department if you get a fever or feel very unwell.",
					YUSUF2019, FINUCANE2020)
				.unless("spinal_infection_suspected", "spinal_infection_without_fever",
						"spinal_infection_severe_night_pain"),

			rule("cancer_history", CONSULTATION_24, MALIGNANCY, "history cancer", (in) -> in.has(CANCER),
					"New back pain in someone who has had cancer needs prompt checking, because cancer can spread to the spine. See a doctor within 24 hours and mention your cancer.",
					NG234, DOWNIE2013)
				.unless("cancer_with_nerve_symptoms"),

			// Several weak cancer signs together (REFERENCE 1.4: consultation_24 if two
			// or more).
			rule("possible_malignancy_several_signs", CONSULTATION_24, MALIGNANCY,
					"age over 50, or 16 to 19, with two or more of unexplained_weight_loss, night_sweats, pain worse at night or rest (or night_pain_not_eased_by_position), band_like_pain or pain_getting_worse",
					(in) -> cancerAge(in) && countOf(in) >= 2,
					"After the age of 50, or before 20, back pain with two or more of weight loss you cannot explain, night sweats, pain that is worse at night or at rest, pain that wraps round like a band, or pain that keeps getting worse should be checked by a doctor within 24 hours.",
					CKS_LOW_BACK_PAIN, FINUCANE2020),

			// Fragility fracture (Downie 2013; CKS). Sudden severe pain with fragile
			// bones or older age counts without a fall (REFERENCE 1.5: "minor trauma,
			// lifting or no trauma"). A trauma or onset question left blank is read as a
			// possible minor fall or a possibly sudden start: unknown is not absent.
			rule("fracture_fragility", CONSULTATION_24, FRACTURE,
					"osteoporosis, long_term_steroids or age 70 or over, with trauma minor (or not given, for pain of up to "
							+ ACUTE_PERIOD_DAYS
							+ " days), or with pain of 7 or more that began suddenly or at a time not given",
					TriageRules::fragilityFracture,
					"With thinner bones, from osteoporosis, long-term steroid tablets or older age, even a small fall or lift can break a bone in the spine. See a doctor within 24 hours.",
					DOWNIE2013, CKS_LOW_BACK_PAIN)
				.unless("fracture_fragility_severe"),

			// REFERENCE 1.5: bruising over the spine or a changed shape of the back.
			rule("fracture_signs_on_the_back", CONSULTATION_24, FRACTURE, "spinal_deformity or bruising_over_spine",
					(in) -> in.hasAny(FRACTURE_SIGNS),
					"A new lump or change in the shape of your back, or bruising over the spine, should be checked for a broken bone. See a doctor within 24 hours.",
					DOWNIE2013)
				.unless("fracture_signs_after_injury", "fracture_major_trauma", "fracture_major_trauma_cannot_walk",
						"fracture_fragility_severe"),

			rule("kidney_infection_suspected", CONSULTATION_24, KIDNEY,
					"flank_pain with fever, chills, painful_urination or urinary_frequency",
					(in) -> in.has(FLANK_PAIN) && (in.hasAny(FEVER_OR_CHILLS) || in.hasAny(URINARY_SYMPTOMS)),
					"Pain in the side with fever or burning when passing urine may be a kidney infection rather than a back problem. See a doctor within 24 hours.",
					PYELONEPHRITIS)
				.unless("kidney_infection_severe", "kidney_stone_with_fever", "pregnancy_warning_signs"),
			// Urine infections spread to the kidney more easily in pregnancy (NG111;
			// REFERENCE 1.10).
			rule("pregnancy_urinary_symptoms", CONSULTATION_24, PREGNANCY,
					"pregnant with flank_pain, painful_urination or urinary_frequency",
					(in) -> in.pregnantOrFalse() && (in.has(FLANK_PAIN) || in.hasAny(URINARY_SYMPTOMS)),
					"In pregnancy, pain in the side or burning when passing urine can be a urine or kidney infection, which needs treatment quickly. See a doctor or your midwife within 24 hours; go to your maternity unit now if you get a fever or are being sick.",
					PYELONEPHRITIS, ANTENATAL_CARE)
				.unless("pregnancy_warning_signs"),
			rule("kidney_stone_suspected", CONSULTATION_24, KIDNEY, "flank_pain with blood_in_urine",
					(in) -> in.has(FLANK_PAIN) && in.has(BLOOD_IN_URINE),
					"Pain in the side with blood in the urine may come from a kidney stone. See a doctor within 24 hours; go to an emergency department if you get a fever or the pain cannot be controlled.",
					NG118)
				.unless("kidney_stone_with_fever", "kidney_stone_complicated"),

			// REFERENCE 1.7: an aneurysm is often taken for back pain or a kidney stone;
			// back and belly pain together after 50 is checked the same day even when it
			// came on slowly.
			// REFERENCE 1.7: sudden severe back pain after 50 in a smoker or someone with
			// high blood pressure can be an aneurysm even without belly pain; it is
			// checked the same day.
			rule("sudden_severe_pain_with_aneurysm_risk", CONSULTATION_24, AORTA,
					"age 50 or over and smoker or high_blood_pressure, or a man over 55; pain of 7 or more that began suddenly or at a time not given",
					(in) -> ((in.age() >= 50 && (in.has(SMOKER) || in.has(HIGH_BLOOD_PRESSURE)))
							|| (in.age() > 55 && in.sex() == Sex.MALE)) && in.pain().intensity() >= SEVERE_PAIN
							&& in.pain().maybeSudden(),
					"After the age of 50 for a smoker or someone with high blood pressure, and after 55 for a man, a sudden severe back pain should be checked by a doctor within 24 hours, because now and then it comes from the body's main artery. Call an ambulance if you feel faint or get belly or side pain.",
					AORTIC_ANEURYSM)
				.unless("aortic_aneurysm_suspected", "sudden_severe_belly_and_back_pain", "known_aneurysm_with_pain",
						"sudden_severe_pain_high_aneurysm_risk"),

			rule("back_and_belly_pain_over_50", CONSULTATION_24, AORTA, "age 50 or over with abdominal_pain",
					(in) -> in.age() >= 50 && in.has(ABDOMINAL_PAIN),
					"After the age of 50, back pain together with pain in the belly should be checked by a doctor within 24 hours, because now and then it comes from the body's main artery. Call an ambulance if the pain becomes sudden and severe or you feel faint.",
					AORTIC_ANEURYSM)
				.unless("aortic_aneurysm_suspected", "sudden_severe_belly_and_back_pain"),

			// REFERENCE 1.2: pain in both legs without a bladder or saddle change is seen
			// within 24 hours. Past six weeks it is no longer new, but until it has
			// lasted
			// three months (chronic) it may still be changing.
			rule("both_legs_subacute", CONSULTATION_24, CAUDA_EQUINA,
					"radiation both_legs or numbness_both_legs, in both legs for " + (BOTH_LEGS_NEW_DAYS + 1) + " to "
							+ CHRONIC_DAYS + " days",
					(in) -> bothLegs(in) && in.pain().legSymptomsDaysOrDuration() > BOTH_LEGS_NEW_DAYS
							&& in.pain().legSymptomsDaysOrDuration() <= CHRONIC_DAYS,
					"Pain or numbness in both legs for some weeks should be examined by a doctor within 24 hours. Go to an emergency department at once if your bladder, bowels or the feeling between your legs change.",
					GREENHALGH2018, NHS_BACK_PAIN),

			rule("cervical_myelopathy_suspected", CONSULTATION_24, MYELOPATHY,
					"hand_clumsiness, both_arms_affected or electric_shocks_bending_neck; or neck pain with gait_unsteady, arm_weakness, leg_weakness or leg_numbness",
					(in) -> in.hasAny(CORD_SIGNS) || (in.pain().region() == Region.NECK && (in.has(GAIT_UNSTEADY)
							|| in.has(ARM_WEAKNESS) || in.has(LEG_WEAKNESS) || in.has(LEG_NUMBNESS))),
					"Clumsy hands, numbness or weakness in both arms, electric shocks when you bend your neck, or neck pain with weak arms or unsteady legs, can mean the spinal cord in the neck is being pressed. See a doctor within 24 hours.",
					CERVICAL_MYELOPATHY)
				.unless("cervical_myelopathy_urgent"),

			// REFERENCE 1.7 counts light-headedness with back pain as a sign of shock.
			// Below
			// the ages and pain of an aneurysm (collapse_with_back_pain) the case writers
			// disagree, from self-care to an ambulance; a doctor within a day is in every
			// one of their acceptable levels (adversarial/decisions.json).
			rule("light_headed_with_back_pain", CONSULTATION_24, AORTA, "light_headedness",
					(in) -> in.has(LIGHT_HEADEDNESS),
					"Feeling light-headed with back pain needs a doctor within 24 hours, to make sure nothing inside the body is bleeding. Sit or lie down when it happens. Call an ambulance if you faint, feel faint again, or get chest, belly or side pain.",
					AORTIC_ANEURYSM, NHS_HEART_ATTACK)
				.unless("collapse_with_back_pain", "cardiac_pain_atypical"),

			// Not coping (NHS back pain advice)
			rule("unable_to_walk", CONSULTATION_24, NOT_SETTLING, "mobility unable_to_walk",
					(in) -> in.mobility() == Mobility.UNABLE_TO_WALK,
					"Not being able to walk because of back pain needs a doctor's help within 24 hours, both to look for a cause and to control the pain.",
					NHS_BACK_PAIN)
				.unless("fracture_major_trauma_cannot_walk"),
			// A mobility question left blank may hide pain that stops movement.
			rule("not_coping_with_pain", CONSULTATION_24, NOT_SETTLING,
					"pain 9 or 10 with mobility severely_limited or not given",
					(in) -> in.pain().intensity() >= 9 && in.maybeSeverelyLimited()
							&& in.mobility() != Mobility.UNABLE_TO_WALK,
					"Pain this strong that stops you moving about is more than you should manage alone. See a doctor within 24 hours for better pain control; keep using the self-care advice meanwhile.",
					NHS_BACK_PAIN),

			// Children (NG59 covers 16 and over only)
			rule("child_with_warning_signs", CONSULTATION_24, CHILDREN,
					"age under 16 with pain worse at night or rest, fever or chills, any nerve sign, or mobility severely_limited",
					(in) -> in.age() < 16 && (nightPain(in) || in.hasAny(FEVER_OR_CHILLS) || in.hasAny(ANY_NERVE_SIGN)
							|| in.mobility() == Mobility.SEVERELY_LIMITED),
					"In children and teenagers, back pain that wakes them at night, comes with a fever, affects the legs or arms, or stops them moving about needs a doctor within 24 hours.",
					NG59, CKS_LOW_BACK_PAIN),

			// Malignancy, possible (CKS; Finucane 2020)
			// REFERENCE 1.4 (NHS pathways) names age under 20 as well as over 50.
			rule("possible_malignancy", CONSULTATION, MALIGNANCY,
					"age over 50, or 16 to 19, with unexplained_weight_loss, night_sweats, pain worse at night or rest (or night_pain_not_eased_by_position), band_like_pain or pain_getting_worse",
					(in) -> cancerAge(in) && countOf(in) >= 1,
					"After the age of 50, or before 20, back pain with weight loss you cannot explain, night sweats, pain that is worse at night or at rest, pain that wraps round like a band, or pain that keeps getting worse should be checked by a doctor. Book an appointment in the next few days.",
					CKS_LOW_BACK_PAIN, FINUCANE2020)
				.unless("possible_malignancy_several_signs"),
			// NHS: pain that is worse at night should be seen; for two weeks or more it
			// is
			// more than a spasm's bad night. At the ages where the malignancy rules read
			// night pain, they answer instead.
			rule("night_pain_persisting", CONSULTATION, NOT_SETTLING,
					"pain worse at night or rest for more than " + NIGHT_PAIN_DAYS + " days, at ages 20 to 50",
					(in) -> in.age() >= 20 && !cancerAge(in) && nightPain(in)
							&& in.pain().durationDays() > NIGHT_PAIN_DAYS,
					"Back pain that has been worse at night or at rest for more than two weeks should be checked by a doctor. Book an appointment in the next few days.",
					NHS_BACK_PAIN, CKS_LOW_BACK_PAIN),
			// A possible fragility fracture without severe pain (Downie 2013).
			rule("fracture_fragility_possible", CONSULTATION, FRACTURE,
					"osteoporosis or long_term_steroids with pain that began suddenly or at a time not given",
					(in) -> in.hasAnyHistory(FRAGILE_BONES) && in.pain().maybeSudden(),
					"With thinner bones, back pain that starts suddenly, even when it is not severe, can come from a small break in a bone of the spine. Book an appointment with a doctor in the next few days.",
					DOWNIE2013)
				.unless("fracture_fragility", "fracture_fragility_severe"),

			// Spinal stenosis (CKS Sciatica; NASS)
			rule("spinal_stenosis_pattern", CONSULTATION, STENOSIS, "leg_pain_walking_eased_by_sitting",
					(in) -> in.has(LEG_PAIN_WALKING_EASED_BY_SITTING),
					"Leg pain that comes on when you walk and eases when you sit or bend forward is typical of narrowing around the nerves in the lower back. Book an appointment to talk about it. If your bladder or the feeling between your legs changes, go to an emergency department.",
					SPINAL_STENOSIS),
			rule("both_legs_long_standing", CONSULTATION, STENOSIS,
					"radiation both_legs or numbness_both_legs, in both legs for more than " + CHRONIC_DAYS + " days",
					(in) -> bothLegs(in) && in.pain().legSymptomsDaysOrDuration() > CHRONIC_DAYS,
					"Pain in both legs that has gone on for months should be examined by a doctor. Book an appointment, and go to an emergency department at once if your bladder, bowels or the feeling between your legs change.",
					SPINAL_STENOSIS, GREENHALGH2018),

			// Inflammatory back pain (NG65): started before 45, more than three months,
			// gradual onset, long morning stiffness.
			rule("inflammatory_back_pain_pattern", CONSULTATION, INFLAMMATORY,
					"started before age 45, lasting more than 90 days, onset not sudden, morning_stiffness_over_30min or better_with_movement",
					(in) -> (in.has(MORNING_STIFFNESS_OVER_30MIN) || in.has(BETTER_WITH_MOVEMENT))
							&& in.pain().durationDays() > 90 && in.age() - in.pain().durationDays() / 365 < 45
							&& in.pain().onset() != Onset.SUDDEN,
					"Back pain that began slowly before the age of 45, has lasted more than three months, and is stiff for over half an hour each morning or eases with movement rather than rest, can be an inflammatory condition of the spine. Ask your doctor about a referral to a rheumatologist.",
					NG65),

			// Sciatica not settling (CKS Sciatica: review if not improving in 4-6 weeks;
			// the shorter four weeks is taken)
			rule("sciatica_not_settling", CONSULTATION, NERVE,
					"radiation below_knee or leg_numbness, for more than 28 days",
					(in) -> (in.pain().radiationOrNone() == Radiation.BELOW_KNEE || in.has(LEG_NUMBNESS))
							&& in.pain().durationDays() > 28,
					"Leg pain or numbness from the back that has not settled after four weeks should be looked at by a doctor or physiotherapist. Book an appointment.",
					CKS_SCIATICA, NG59),

			// REFERENCE 1.13 (NG59; CKS): review sooner when the pain is getting worse.
			// The first week of a spasm often has bad days, so worsening counts after it.
			rule("pain_getting_worse", CONSULTATION, NOT_SETTLING,
					"pain_getting_worse, for more than " + WORSENING_DAYS + " days",
					(in) -> in.has(PAIN_GETTING_WORSE) && in.pain().durationDays() > WORSENING_DAYS,
					"Back pain that keeps getting worse after the first week is not following the usual course of a spasm. Book an appointment with a doctor or physiotherapist.",
					NG59, CKS_LOW_BACK_PAIN),

			// Not settling (ACP 2017: acute under four weeks; NG59)
			rule("self_care_not_working", CONSULTATION, NOT_SETTLING,
					"selfCare weeksTried " + SELF_CARE_WEEKS + " or more and improving false",
					(in) -> in.selfCare() != null && in.selfCare().weeksTriedOrZero() >= SELF_CARE_WEEKS
							&& in.selfCare().notImproving(),
					"Four weeks or more of self-care without improvement is a good reason to see a doctor or physiotherapist, who can check the cause and offer other treatment. Book an appointment.",
					ACP2017, NG59),
			rule("pain_beyond_acute_period", CONSULTATION, NOT_SETTLING,
					"pain for more than " + ACUTE_PERIOD_DAYS + " days",
					(in) -> in.pain().durationDays() > ACUTE_PERIOD_DAYS,
					"Most back spasms ease within a few weeks. Pain that has lasted more than six weeks deserves a check-up and a plan with a doctor or physiotherapist. Book an appointment.",
					ACP2017, NG59),

			rule("child_back_pain", CONSULTATION, CHILDREN, "age under 16", (in) -> in.age() < 16,
					"Back pain is less common in children and teenagers and more often has a specific cause, so a doctor should see them. Book an appointment.",
					NG59)
				.unless("child_with_warning_signs"),

			// Safety net: a reported symptom that is not part of a back spasm is never
			// left without an answer.
			rule("symptom_needs_review", CONSULTATION, OTHER,
					"any of night_sweats, unexplained_weight_loss, abdominal_pain, flank_pain, painful_urination, blood_in_urine, vomiting, morning_stiffness_over_30min, vaginal_bleeding, arm_weakness, arm_numbness, nausea, sweating, rapid_breathing, heavy_vaginal_bleeding, when no other rule asks for a consultation or more",
					(in) -> in.hasAny(NEEDS_REVIEW),
					"You mentioned a symptom that is not part of an ordinary back spasm. A doctor should look at it with you. Book an appointment in the next few days, sooner if it gets worse.",
					CKS_LOW_BACK_PAIN, FINUCANE2020)
				.asFallback(),

			// Sciatica without a nerve deficit (CKS Sciatica; NG59)
			rule("sciatica_without_deficit", SELF_CARE, NERVE, "radiation below_knee or leg_numbness",
					(in) -> in.pain().radiationOrNone() == Radiation.BELOW_KNEE || in.has(LEG_NUMBNESS),
					"Pain or tingling running down one leg below the knee often comes from an irritated nerve root and usually settles over weeks with the same self-care as back pain. Keep an eye on the warning signs below.",
					CKS_SCIATICA, NG59));

	private TriageRules() {
	}

	/**
	 * A risk factor for spinal infection with new severe or night pain: an infection is
	 * possible even without a fever (Yusuf 2019). The care plan reads it too, to leave
	 * out what would hide a fever meanwhile.
	 */
	public static boolean spinalInfectionRisk(AssessmentInput in) {
		return in.hasAnyHistory(INFECTION_RISK) && (in.pain().intensity() >= SEVERE_PAIN || nightPain(in));
	}

	/**
	 * What makes a fever with back pain an emergency (spinal_infection_suspected): an
	 * infection risk, pain worse at night or at rest (or that question left blank), or a
	 * nerve sign. The watch-for list reads it too, so it never says less than the rule.
	 */
	static boolean feverMeansEmergency(AssessmentInput in) {
		return in.hasAnyHistory(INFECTION_RISK) || in.pain().maybeWorseAtNightOrRest()
				|| in.has(NIGHT_PAIN_NOT_EASED_BY_POSITION) || in.hasAny(ANY_NERVE_SIGN);
	}

	/** Any infection risk with pain that keeps getting worse, and no fever. */
	public static boolean infectionRiskPainGettingWorse(AssessmentInput in) {
		return in.hasAnyHistory(INFECTION_RISK) && in.has(PAIN_GETTING_WORSE) && !in.hasAny(FEVER_OR_CHILLS);
	}

	/**
	 * One of the strongest infection risks, no fever, and the night-pain question left
	 * blank.
	 */
	public static boolean strongInfectionRiskNightUnknown(AssessmentInput in) {
		return in.hasAnyHistory(STRONG_INFECTION_RISK) && in.pain().worseAtNightOrRest() == null
				&& !in.hasAny(FEVER_OR_CHILLS);
	}

	/** Pain or numbness in both legs. */
	private static boolean bothLegs(AssessmentInput in) {
		return in.pain().radiationOrNone() == Radiation.BOTH_LEGS || in.has(NUMBNESS_BOTH_LEGS);
	}

	/**
	 * Pain worse at night or at rest, as answered, or night pain that no change of
	 * position eases.
	 */
	private static boolean nightPain(AssessmentInput in) {
		return in.pain().worseAtNightOrRestOrFalse() || in.has(NIGHT_PAIN_NOT_EASED_BY_POSITION);
	}

	/** Ages at which the weak cancer signs count (REFERENCE 1.4: over 50 or under 20). */
	private static boolean cancerAge(AssessmentInput in) {
		return in.age() > 50 || (in.age() >= 16 && in.age() < 20);
	}

	/**
	 * The fragility fracture pattern, blanks read the cautious way: an injury question
	 * left blank may hide a small fall when the pain is new (within the acute period).
	 */
	private static boolean fragilityFracture(AssessmentInput in) {
		boolean fragile = in.hasAnyHistory(FRAGILE_BONES) || in.age() >= FRAGILE_AGE;
		boolean minorTrauma = possibleMinorFall(in);
		boolean severeSudden = in.pain().maybeSudden() && in.pain().intensity() >= SEVERE_PAIN;
		return fragile && (minorTrauma || severeSudden);
	}

	/**
	 * A minor fall, or the injury question left blank while the pain is new (within the
	 * acute period): the blank may hide a small fall, and it counts as one wherever a
	 * fall would.
	 */
	private static boolean possibleMinorFall(AssessmentInput in) {
		return in.pain().trauma() == Trauma.MINOR
				|| (in.pain().trauma() == null && in.pain().durationDays() <= ACUTE_PERIOD_DAYS);
	}

	/**
	 * The aneurysm risks of REFERENCE 1.7 besides age: being a man, smoking, high blood
	 * pressure.
	 */
	private static int aneurysmRiskFactors(AssessmentInput in) {
		int risks = (in.sex() == Sex.MALE) ? 1 : 0;
		risks += in.has(SMOKER) ? 1 : 0;
		return risks + (in.has(HIGH_BLOOD_PRESSURE) ? 1 : 0);
	}

	/**
	 * How many fracture flags (Downie 2013) are present, a blank injury read as above.
	 */
	private static int fractureFlags(AssessmentInput in) {
		int flags = 0;
		if (in.has(OSTEOPOROSIS)) {
			flags++;
		}
		if (in.has(LONG_TERM_STEROIDS)) {
			flags++;
		}
		if (in.age() >= FRAGILE_AGE) {
			flags++;
		}
		if (possibleMinorFall(in)) {
			flags++;
		}
		if (in.hasAny(FRACTURE_SIGNS)) {
			flags++;
		}
		return flags;
	}

	/** How many of these symptoms are present. */
	private static int countOf(AssessmentInput in, Set<Symptom> symptoms) {
		return (int) symptoms.stream().filter(in::has).count();
	}

	/** How many of the weak cancer signs are present. */
	private static int countOf(AssessmentInput in) {
		int count = 0;
		if (in.has(UNEXPLAINED_WEIGHT_LOSS)) {
			count++;
		}
		if (in.has(NIGHT_SWEATS)) {
			count++;
		}
		if (nightPain(in)) {
			count++;
		}
		// REFERENCE 1.4: band-like or worsening pain adds weight.
		if (in.has(BAND_LIKE_PAIN) || in.has(PAIN_GETTING_WORSE)) {
			count++;
		}
		return count;
	}

	@SafeVarargs
	private static Set<Symptom> union(Set<Symptom>... sets) {
		Set<Symptom> union = EnumSet.noneOf(Symptom.class);
		for (Set<Symptom> set : sets) {
			union.addAll(set);
		}
		return union;
	}

}
