package org.backstop.core.exercise;

import static org.backstop.core.exercise.ExerciseCategory.AEROBIC;
import static org.backstop.core.exercise.ExerciseCategory.BREATHING_AND_RELAXATION;
import static org.backstop.core.exercise.ExerciseCategory.CORE_STRENGTH;
import static org.backstop.core.exercise.ExerciseCategory.GENTLE_MOBILITY;
import static org.backstop.core.exercise.ExerciseCategory.HIP_STRENGTH;
import static org.backstop.core.exercise.ExerciseCategory.PILATES;
import static org.backstop.core.exercise.ExerciseCategory.STRETCH;
import static org.backstop.core.exercise.ExerciseCategory.YOGA;
import static org.backstop.core.knowledge.Source.ACP2017;
import static org.backstop.core.knowledge.Source.NG59;
import static org.backstop.core.selfcare.CareTag.END_RANGE_FLEXION;
import static org.backstop.core.selfcare.CareTag.LYING_FACE_DOWN;
import static org.backstop.core.selfcare.CareTag.LYING_ON_BACK;
import static org.backstop.core.selfcare.CareTag.SUSTAINED_FLEXION;
import static org.backstop.core.selfcare.CareTag.TWISTING;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.backstop.core.assessment.Equipment;
import org.backstop.core.selfcare.CareTag;
import org.backstop.core.selfcare.Dose;
import org.backstop.core.selfcare.Evidence;
import org.backstop.core.selfcare.EvidenceGrade;

/**
 * The exercises and stretches Backstop can suggest, in the order it lists them. Steps are
 * written for Backstop; the evidence is that of the clinical reference (FACTS 4;
 * REFERENCE 3 and 4.7). Tags say what each asks of the body, so the contraindications
 * leave it out where it does not fit.
 */
public final class ExerciseLibrary {

	/** Said with every movement: the warning sign that an exercise is not right now. */
	static final String STOP_IF_LEG_PAIN_SPREADS = "Stop if pain spreads further down a leg, or you feel new numbness or weakness.";

	private static final Evidence GENTLE_MOVEMENT = Evidence.of(EvidenceGrade.LOW,
			"No trial has tested this movement on its own. It is part of the gentle movement and exercise that guidelines advise; keeping active helps a spasm settle.",
			ACP2017, NG59);

	private static final Evidence STRENGTH = Evidence.of(EvidenceGrade.MODERATE,
			"Exercise therapy eases back pain that has lasted more than a few weeks, on moderate-quality evidence. In the first days, gentle movement matters more than training hard.",
			ACP2017, NG59);

	private static final Evidence ACTIVITY = Evidence.of(EvidenceGrade.GUIDELINE_ADVICE,
			"Guidelines advise staying active and include aerobic exercise in exercise programmes for back pain.", NG59,
			ACP2017);

	private static final Evidence MIND_BODY = Evidence.of(EvidenceGrade.LOW,
			"Yoga and Pilates-style control exercise help back pain that lasts, on low-quality evidence; guidelines still advise them.",
			ACP2017, NG59);

	private static final Evidence RELAXATION = Evidence.of(EvidenceGrade.LOW,
			"Relaxation helps back pain that lasts, on low-quality evidence. For a new spasm the evidence is indirect, but calm breathing is safe and costs nothing.",
			ACP2017, NG59);

	public static final List<Exercise> ALL = List.of(
			// Gentle mobility: suits the first days
			define("cat_cow", "Cat-Cow", GENTLE_MOBILITY).acute()
				.steps("Get onto your hands and knees, hands under your shoulders and knees under your hips.",
						"Breathe out and slowly round your back up towards the ceiling, letting your head drop.",
						"Breathe in and let your back sink gently, lifting your head and tailbone a little.",
						"Move slowly between the two, only as far as feels comfortable.")
				.dose(Dose.exercise("10 slow rounds, 2 to 3 times a day", 1, 10, null, 3))
				.progression("Make each movement a little bigger as the stiffness eases, never forcing it.")
				.cautions("Put a folded towel under your knees if they are sore.")
				.drawing("A person on hands and knees, shown twice: back rounded up, then gently dipped.")
				.why(GENTLE_MOVEMENT),
			define("pelvic_tilt", "Pelvic tilt", GENTLE_MOBILITY).acute()
				.steps("Lie on your back with your knees bent and your feet flat on the floor.",
						"Tighten your tummy muscles and press the small of your back gently into the floor.",
						"Hold, breathing normally, then relax.")
				.dose(Dose.exercise("10 tilts held for 5 seconds, 2 to 3 times a day", 1, 10, 5, 3))
				.progression("Hold each tilt for 10 seconds, then try it standing against a wall.")
				.tags(LYING_ON_BACK)
				.drawing("A person lying on their back with knees bent, pressing the lower back to the floor.")
				.why(GENTLE_MOVEMENT),
			define("lower_trunk_rotation", "Knee rolls", GENTLE_MOBILITY).acute()
				.steps("Lie on your back with your knees bent and together and your feet flat.",
						"Keeping your shoulders on the floor, let both knees roll slowly to one side.",
						"Roll them back to the middle and over to the other side.")
				.dose(Dose.exercise("10 rolls to each side, twice a day", 1, 10, null, 2))
				.progression("Pause for a few breaths at each side.")
				.cautions("Go only as far as is comfortable; the movement should be small at first.")
				.tags(LYING_ON_BACK, TWISTING)
				.drawing("A person lying on their back, both bent knees lowered to one side, shoulders flat.")
				.why(GENTLE_MOVEMENT),
			define("wall_pelvic_tilt", "Pelvic tilt against a wall", GENTLE_MOBILITY).acute()
				.steps("Stand with your back against a wall, heels a little way from it and knees softly bent.",
						"Tighten your tummy and flatten the small of your back against the wall.",
						"Hold, breathing normally, then relax.")
				.dose(Dose.exercise("10 tilts held for 5 seconds, 2 to 3 times a day", 1, 10, 5, 3))
				.progression("Slide a little way down the wall and back up while keeping the tilt.")
				.drawing("A person standing with their back against a wall, knees softly bent.")
				.why(GENTLE_MOVEMENT),
			define("stability_ball_pelvic_circles", "Hip circles on an exercise ball", GENTLE_MOBILITY)
				.steps("Sit tall on an exercise ball with your feet flat and hip-width apart.",
						"Slowly move your hips in a small circle, letting the ball roll under you.",
						"Circle one way, then the other.")
				.dose(Dose.exercise("10 circles each way, once or twice a day", 1, 10, null, 2))
				.progression("Make the circles a little wider while keeping your upper body still.")
				.cautions("Keep the ball against a wall or near something steady to hold if your balance is unsure.")
				.needs(Equipment.STABILITY_BALL)
				.drawing("A person sitting upright on a large exercise ball, circling the hips.")
				.why(GENTLE_MOVEMENT),
			// Stretches
			define("childs_pose", "Child's Pose", STRETCH).acute()
				.steps("Kneel on the floor and sit back towards your heels.",
						"Walk your hands forward and lower your chest towards the floor.",
						"Rest your forehead on the floor or a cushion and breathe slowly.")
				.dose(Dose.exercise("Hold for 20 to 30 seconds, 3 times, twice a day", 3, 1, 30, 2))
				.progression("Walk your hands to one side and then the other to stretch along each side of the back.")
				.cautions("A cushion between your heels and bottom helps if your knees are stiff.",
						"If you are pregnant, spread your knees wide to make room for the bump.")
				.tags(SUSTAINED_FLEXION)
				.drawing("A person kneeling, sitting back on their heels with chest lowered and arms reaching forward.")
				.why(GENTLE_MOVEMENT),
			define("knee_to_chest", "Knee to chest", STRETCH).acute()
				.steps("Lie on your back with your knees bent and your feet flat.",
						"Hold one knee with both hands and draw it gently towards your chest.",
						"Hold, breathing slowly, then lower it and change legs.")
				.dose(Dose.exercise("Hold 20 seconds, 3 times each leg, twice a day", 3, 1, 20, 2))
				.progression("Draw both knees up together once one at a time is comfortable.")
				.tags(LYING_ON_BACK, END_RANGE_FLEXION)
				.drawing("A person lying on their back, hugging one bent knee towards the chest.")
				.why(GENTLE_MOVEMENT),
			define("prone_press_up", "Press-up lying face down", STRETCH).acute()
				.steps("Lie face down with your hands flat under your shoulders.",
						"Keeping your hips on the floor, push up slowly through your hands to lift your chest.",
						"Go only as high as is comfortable, then lower slowly.")
				.dose(Dose.exercise("10 press-ups, 2 to 3 times a day", 1, 10, null, 3))
				.progression("Start by resting on your forearms; straighten your arms as it gets easier.")
				.cautions(
						"Pain moving up towards the middle of your back is fine; pain spreading into a leg means stop.")
				.tags(LYING_FACE_DOWN)
				.drawing(
						"A person lying face down, pushing up on the hands to lift the chest while the hips stay down.")
				.why(GENTLE_MOVEMENT),
			define("hip_flexor_stretch", "Kneeling hip stretch", STRETCH)
				.steps("Kneel on one knee with the other foot flat on the floor in front of you.",
						"Keep your back upright and tighten your tummy a little.",
						"Shift your hips gently forward until you feel a stretch at the front of the back hip.")
				.dose(Dose.exercise("Hold 30 seconds, 3 times each side, once a day", 3, 1, 30, 1))
				.progression("Raise the arm on the kneeling side overhead to deepen the stretch.")
				.cautions("Put a cushion under the kneeling knee; hold a chair if your balance is unsure.")
				.drawing("A person in a half-kneeling lunge, upright, easing the hips forward.")
				.why(GENTLE_MOVEMENT),
			define("foam_roller_upper_back", "Upper back on a foam roller", STRETCH).steps(
					"Sit on the floor with a foam roller behind you, then lie back so it rests across your upper back.",
					"Bend your knees, keep your feet flat and support your head with your hands.",
					"Let your upper back relax over the roller, then lift your hips a little and roll a short way up and down.")
				.dose(Dose.minutes("1 to 2 minutes, once a day", 2, 1, null))
				.progression("Pause over stiff spots for a few slow breaths.")
				.cautions("Keep the roller on the upper back only, never under the lower back or neck.")
				.tags(LYING_ON_BACK)
				.needs(Equipment.FOAM_ROLLER)
				.drawing("A person lying with the upper back across a foam roller, knees bent, hands behind the head.")
				.why(GENTLE_MOVEMENT),
			// Core strength
			define("bridge", "Bridge", CORE_STRENGTH)
				.steps("Lie on your back with your knees bent and your feet flat, hip-width apart.",
						"Tighten your bottom and lift your hips until your shoulders, hips and knees are in a line.",
						"Hold, then lower slowly.")
				.dose(Dose.exercise("2 sets of 10, holding each for 3 seconds, once a day", 2, 10, 3, 1))
				.progression("Hold longer, or lift one foot a little off the floor while up.")
				.tags(LYING_ON_BACK)
				.drawing("A person lying on their back with knees bent and hips lifted in a straight line.")
				.why(STRENGTH),
			define("bird_dog", "Bird-dog", CORE_STRENGTH)
				.steps("Get onto your hands and knees with your back flat.",
						"Reach one arm forward and the opposite leg back until both are level with your body.",
						"Hold without letting your hips tip, then return and change sides.")
				.dose(Dose.exercise("2 sets of 8 each side, holding each for 5 seconds, once a day", 2, 8, 5, 1))
				.progression("Hold for 10 seconds, or draw a small square with the hand and foot.")
				.cautions("Move only the leg first if lifting the arm as well is too hard.")
				.drawing("A person on hands and knees reaching one arm forward and the opposite leg back.")
				.why(STRENGTH),
			define("dead_bug", "Dead bug", CORE_STRENGTH).steps(
					"Lie on your back with your arms pointing at the ceiling and your knees bent up over your hips.",
					"Keep the small of your back touching the floor.",
					"Slowly lower one arm behind your head and straighten the opposite leg, then bring them back and change sides.")
				.dose(Dose.exercise("2 sets of 8 each side, once a day", 2, 8, null, 1))
				.progression("Move more slowly, or straighten the leg closer to the floor.")
				.cautions("If your back arches off the floor, make the movement smaller.")
				.tags(LYING_ON_BACK)
				.drawing("A person on their back, one arm lowered overhead and the opposite leg stretched out.")
				.why(STRENGTH),
			define("side_plank_from_knees", "Side plank from the knees", CORE_STRENGTH)
				.steps("Lie on your side propped on your forearm, elbow under your shoulder, knees bent.",
						"Lift your hips until your body is straight from your head to your knees.",
						"Hold, then lower gently and change sides.")
				.dose(Dose.exercise("3 holds of 15 seconds each side, once a day", 3, 1, 15, 1))
				.progression("Hold for 30 seconds, then try it with straight legs.")
				.cautions("Skip it if it hurts your shoulder.")
				.drawing("A person on their side propped on a forearm, knees bent, hips lifted.")
				.why(STRENGTH),
			define("resistance_band_row", "Seated band row", CORE_STRENGTH).steps(
					"Sit on the floor or a chair, tall, with a resistance band looped around your feet or a fixed point.",
					"Hold the ends and pull your elbows back, squeezing your shoulder blades together.",
					"Return slowly.")
				.dose(Dose.exercise("2 sets of 12, once a day", 2, 12, null, 1))
				.progression("Use a stronger band, or hold the squeeze for 3 seconds.")
				.cautions("Keep your back upright; do not lean back to pull.")
				.needs(Equipment.RESISTANCE_BAND)
				.drawing("A person sitting with straight legs, pulling a band looped around the feet towards the body.")
				.why(STRENGTH),
			// Hip strength
			define("clamshell", "Clamshell", HIP_STRENGTH).steps(
					"Lie on your side with your knees bent and your feet together.",
					"Keeping your feet touching, lift your top knee as far as you can without rolling your hips back.",
					"Lower slowly, then change sides.")
				.dose(Dose.exercise("2 sets of 12 each side, once a day", 2, 12, null, 1))
				.progression("Add a resistance band just above your knees.")
				.drawing("A person lying on their side with knees bent, opening the top knee like a shell.")
				.why(STRENGTH),
			// Low-impact aerobic activity
			define("walking", "Walking", AEROBIC).acute()
				.steps("Walk at an easy pace on level ground.", "Stand tall and let your arms swing.",
						"Stop before the pain builds, and go a little further each day.")
				.dose(Dose.minutes("10 minutes, 2 to 3 times a day, building to 30 minutes a day", 10, 3, null))
				.progression("Add a few minutes every day or two until you walk 30 minutes most days.")
				.cautions("Wear comfortable shoes; several short walks are better than one long one at first.")
				.drawing("A person walking upright with an easy stride.")
				.why(ACTIVITY),
			define("swimming", "Swimming", AEROBIC)
				.steps("Swim gently at a pace where you can still talk.",
						"Backstroke or front crawl are usually easier on the back than breaststroke.",
						"Walking in the water is a gentle start.")
				.dose(Dose.minutes("20 to 30 minutes, 2 to 3 times a week", 30, 1, null))
				.progression("Swim a few more lengths each time.")
				.cautions("Avoid diving, and avoid breaststroke if arching your neck and back hurts.")
				.drawing("A person swimming front crawl at the surface of the water.")
				.why(ACTIVITY),
			define("cycling", "Cycling on an exercise bike", AEROBIC)
				.steps("Set the seat so your knee is only slightly bent at the bottom of each pedal stroke.",
						"Sit upright and pedal at a light, steady effort.")
				.dose(Dose.minutes("15 to 20 minutes, 3 times a week", 20, 1, null))
				.progression("Add 5 minutes every week, or a little more resistance.")
				.cautions("An upright bike is easier on the back than a racing position.")
				.drawing("A person sitting upright on an exercise bike, pedalling.")
				.why(ACTIVITY),
			// Yoga and Pilates basics
			define("gentle_yoga_flow", "Gentle yoga sequence", YOGA)
				.steps("Stand tall with your feet hip-width apart and breathe slowly for a few breaths.",
						"Raise your arms overhead as you breathe in and lower them as you breathe out.",
						"Move to hands and knees for five rounds of Cat-Cow.",
						"Finish in Child's Pose for five slow breaths.")
				.dose(Dose.minutes("10 minutes, once a day", 10, 1, null))
				.progression("A beginners' yoga class can add new poses safely; tell the teacher about your back.")
				.cautions("If you are pregnant, choose a pregnancy yoga class and spread your knees in Child's Pose.")
				.tags(SUSTAINED_FLEXION)
				.drawing("A person standing tall with both arms raised overhead.")
				.why(MIND_BODY),
			define("pilates_basics", "Pilates basics: toe taps", PILATES).steps(
					"Lie on your back with your knees bent and your feet flat.",
					"Gently draw in your lower tummy and lift one leg, then the other, so your knees are over your hips.",
					"Lower one foot to tap the floor and lift it back, keeping your back still, then change legs.")
				.dose(Dose.exercise("2 sets of 8 taps each leg, once a day", 2, 8, null, 1))
				.progression("Tap a little further away from you.")
				.cautions("Start with one leg lifted at a time if both is too hard.")
				.tags(LYING_ON_BACK)
				.drawing("A person on their back with knees lifted over the hips, tapping one toe to the floor.")
				.why(MIND_BODY),
			// Breathing and relaxation
			define("diaphragmatic_breathing", "Belly breathing", BREATHING_AND_RELAXATION).acute()
				.steps("Sit or lie comfortably with one hand on your chest and one on your belly.",
						"Breathe in slowly through your nose so the hand on your belly rises more than the other.",
						"Breathe out slowly through pursed lips.")
				.dose(Dose.minutes("5 minutes, 2 to 3 times a day or when a spasm starts", 5, 3, null))
				.progression("Make each out-breath a little longer than the in-breath.")
				.cautions("If you feel light-headed, breathe normally for a while.")
				.drawing("A person sitting upright with one hand on the chest and one on the belly.")
				.why(RELAXATION),
			define("paced_breathing", "Slow paced breathing", BREATHING_AND_RELAXATION).acute()
				.steps("Sit comfortably and let your shoulders drop.",
						"Breathe in gently for a count of 4, then out for a count of 6.",
						"Keep this slow rhythm, about six breaths a minute.")
				.dose(Dose.minutes("5 minutes, 2 to 3 times a day", 5, 3, null))
				.progression("Stretch to 10 minutes, or use it to wind down before sleep.")
				.cautions("If you feel light-headed, breathe normally for a while.")
				.drawing("A person sitting calmly, with a slow wave beside them showing the breathing rhythm.")
				.why(RELAXATION),
			define("body_scan", "Short body scan", BREATHING_AND_RELAXATION).acute()
				.steps("Lie or sit comfortably and close your eyes.",
						"Bring your attention to your feet, notice how they feel, and let them soften.",
						"Move your attention slowly up through your legs, back, shoulders, arms and face, letting each part relax.")
				.dose(Dose.minutes("5 to 10 minutes, once a day or before sleep", 10, 1, null))
				.progression("Try a longer, guided version from a mindfulness course.")
				.drawing("A person lying relaxed with knees supported, a dotted line moving from feet to head.")
				.why(RELAXATION))
		.stream()
		.map(Definition::build)
		.toList();

	private ExerciseLibrary() {
	}

	public static Optional<Exercise> find(String id) {
		return ALL.stream().filter((exercise) -> exercise.id().equals(id)).findFirst();
	}

	private static Definition define(String id, String name, ExerciseCategory category) {
		return new Definition(id, name, category);
	}

	/** Reads like the entry it defines, so the library above reads like a booklet. */
	private static final class Definition {

		private final String id;

		private final String name;

		private final ExerciseCategory category;

		private boolean acute;

		private List<String> steps = List.of();

		private Dose dose;

		private String progression;

		private final List<String> cautions = new ArrayList<>();

		private final Set<CareTag> tags = EnumSet.of(CareTag.EXERCISE);

		private Equipment equipment;

		private String altText;

		private Evidence why;

		Definition(String id, String name, ExerciseCategory category) {
			this.id = id;
			this.name = name;
			this.category = category;
		}

		Definition acute() {
			this.acute = true;
			return this;
		}

		Definition steps(String... steps) {
			this.steps = List.of(steps);
			return this;
		}

		Definition dose(Dose dose) {
			this.dose = dose;
			return this;
		}

		Definition progression(String progression) {
			this.progression = progression;
			return this;
		}

		Definition cautions(String... cautions) {
			this.cautions.addAll(List.of(cautions));
			return this;
		}

		Definition tags(CareTag... tags) {
			this.tags.addAll(List.of(tags));
			return this;
		}

		Definition needs(Equipment equipment) {
			this.equipment = equipment;
			return this;
		}

		Definition drawing(String altText) {
			this.altText = altText;
			return this;
		}

		Definition why(Evidence why) {
			this.why = why;
			return this;
		}

		Exercise build() {
			List<String> allCautions = new ArrayList<>(this.cautions);
			if (this.category != BREATHING_AND_RELAXATION) {
				allCautions.add(STOP_IF_LEG_PAIN_SPREADS);
			}
			return new Exercise(this.id, this.name, this.category, this.acute, this.steps, this.dose, this.progression,
					allCautions, this.tags, this.equipment, Illustration.of(this.id, this.altText), this.why);
		}

	}

}
