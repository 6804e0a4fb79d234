package org.backstop.core.testing;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

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

/** Any valid assessment input, for property-based tests. */
public final class People {

	private People() {
	}

	public static Arbitrary<AssessmentInput> anyInput() {
		Arbitrary<Sex> sex = Arbitraries.of(Sex.class);
		return sex.flatMap((s) -> Builders.withBuilder(() -> Person.adult().sex(s))
			.use(Arbitraries.integers().between(0, 120))
			.in(Person::age)
			.use(Arbitraries.integers().between(0, 45))
			.withProbability((s == Sex.MALE) ? 0 : 0.2)
			.in(Person::pregnant)
			.use(Arbitraries.integers().between(0, 10))
			.in(Person::pain)
			.use(Arbitraries.of(Region.class))
			.in(Person::region)
			.use(Arbitraries.of(Onset.class))
			.withProbability(0.5)
			.in(Person::onset)
			.use(Arbitraries.oneOf(Arbitraries.integers().between(0, 120),
					Arbitraries.integers().between(0, AssessmentReader.MAX_DURATION_DAYS)))
			.in(Person::days)
			.use(Arbitraries.integers().between(0, 60))
			.withProbability(0.5)
			.in(Person::spasmsPerWeek)
			.use(Arbitraries.of(Radiation.class))
			.withProbability(0.5)
			.in(Person::radiation)
			.use(Arbitraries.just(true))
			.withProbability(0.3)
			.in((p, yes) -> p.worseAtNightOrRest())
			.use(Arbitraries.of(Trauma.class))
			.withProbability(0.3)
			.in(Person::trauma)
			.use(Arbitraries.of(Mobility.class))
			.withProbability(0.5)
			.in(Person::mobility)
			.use(Arbitraries.of(Symptom.class).set().ofMaxSize(5))
			.in((p, set) -> p.with(set.toArray(Symptom[]::new)))
			.use(Arbitraries.of(History.class).set().ofMaxSize(4))
			.in((p, set) -> p.history(set.toArray(History[]::new)))
			.use(Combinators.combine(Arbitraries.integers().between(0, 12), Arbitraries.of(true, false)).as(List::of))
			.withProbability(0.3)
			.in((p, care) -> p.selfCare((Integer) care.get(0), (Boolean) care.get(1)))
			.use(Arbitraries.of(Equipment.class).set().ofMaxSize(4))
			.withProbability(0.4)
			.in((p, set) -> p.equipment(set.toArray(Equipment[]::new)))
			.use(Arbitraries.of(Medicine.class).set().ofMaxSize(2))
			.withProbability(0.3)
			.in((p, set) -> p.takes(set.toArray(Medicine[]::new)))
			.use(Arbitraries.of(Activities.codes()).set().ofMaxSize(3))
			.withProbability(0.3)
			.in((p, set) -> p.likes(set.toArray(String[]::new)))
			.use(Arbitraries.of(Activities.codes()).set().ofMaxSize(3))
			.withProbability(0.3)
			.in((p, set) -> p.dislikes(set.toArray(String[]::new)))
			.use(Arbitraries.integers().between(2, 400))
			.withProbability(0.4)
			.in(Person::weighs)
			.build(Person::build));
	}

}
