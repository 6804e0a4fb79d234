package org.backstop.core.testing;

import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.Generate.oneOf;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;

import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

import org.backstop.core.assessment.AssessmentInput;
import org.backstop.core.assessment.AssessmentReader;
import org.backstop.core.assessment.Equipment;
import org.backstop.core.assessment.History;
import org.backstop.core.assessment.Medicine;
import org.backstop.core.assessment.Mobility;
import org.backstop.core.assessment.Onset;
import org.backstop.core.assessment.Radiation;
import org.backstop.core.assessment.Region;
import org.backstop.core.assessment.Sex;
import org.backstop.core.assessment.Symptom;
import org.backstop.core.assessment.Trauma;
import org.backstop.core.exercise.Activities;

/** Any valid assessment input, for property-based tests (QuickTheories generators). */
public final class People {

	private static final Gen<Integer> PERCENT = range(1, 100);

	private static final Gen<Integer> DAYS = oneOf(range(0, 120), range(0, AssessmentReader.MAX_DURATION_DAYS));

	private static final List<String> ACTIVITIES = List.copyOf(Activities.codes());

	private People() {
	}

	/**
	 * Anybody: every field drawn, the optional ones only sometimes, so that plain and
	 * crowded inputs both come up.
	 */
	public static Gen<AssessmentInput> anyInput() {
		return (in) -> {
			Sex sex = enumValues(Sex.class).generate(in);
			Person p = Person.adult().sex(sex).age(range(0, 120).generate(in));
			if (sex != Sex.MALE && chance(in, 20)) {
				p = p.pregnant(range(0, 45).generate(in));
			}
			p = p.pain(range(0, 10).generate(in)).region(enumValues(Region.class).generate(in)).days(DAYS.generate(in));
			if (chance(in, 50)) {
				p = p.onset(enumValues(Onset.class).generate(in));
			}
			if (chance(in, 50)) {
				p = p.spasmsPerWeek(range(0, 60).generate(in));
			}
			if (chance(in, 50)) {
				p = p.radiation(enumValues(Radiation.class).generate(in));
			}
			if (chance(in, 30)) {
				p = p.worseAtNightOrRest();
			}
			if (chance(in, 30)) {
				p = p.trauma(enumValues(Trauma.class).generate(in));
			}
			if (chance(in, 50)) {
				p = p.mobility(enumValues(Mobility.class).generate(in));
			}
			p = p.with(some(in, Symptom.class, 5).toArray(Symptom[]::new))
				.history(some(in, History.class, 4).toArray(History[]::new));
			if (chance(in, 30)) {
				p = p.selfCare(range(0, 12).generate(in), chance(in, 50));
			}
			if (chance(in, 40)) {
				p = p.equipment(some(in, Equipment.class, 4).toArray(Equipment[]::new));
			}
			if (chance(in, 30)) {
				p = p.takes(some(in, Medicine.class, 2).toArray(Medicine[]::new));
			}
			if (chance(in, 30)) {
				p = p.likes(lists().of(pick(ACTIVITIES)).ofSizeBetween(0, 3).generate(in).toArray(String[]::new));
			}
			if (chance(in, 30)) {
				p = p.dislikes(lists().of(pick(ACTIVITIES)).ofSizeBetween(0, 3).generate(in).toArray(String[]::new));
			}
			if (chance(in, 40)) {
				p = p.weighs(range(2, 400).generate(in));
			}
			return p.build();
		};
	}

	/** True in about this many cases out of a hundred. */
	public static boolean chance(RandomnessSource in, int percent) {
		return PERCENT.generate(in) <= percent;
	}

	/** Up to this many codes of a kind, repeats dropped. */
	public static <E extends Enum<E>> List<E> some(RandomnessSource in, Class<E> kind, int atMost) {
		return lists().of(enumValues(kind)).ofSizeBetween(0, atMost).generate(in).stream().distinct().toList();
	}

}
