package org.backstop.core.careplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.backstop.core.AssessmentEngine;
import org.backstop.core.assessment.Equipment;
import org.backstop.core.assessment.History;
import org.backstop.core.careplan.CarePlan.ExcludedItem;
import org.backstop.core.careplan.CarePlan.Item;
import org.backstop.core.exercise.ExerciseLibrary;
import org.backstop.core.testing.Person;

/**
 * Every history code, with and without pregnancy at several weeks, at three ages: nothing
 * the clinical reference rules out ever appears in the plan, and each is listed as left
 * out. The table below is written from FACTS section 5, not from the code.
 */
class ContraindicationMatrixTest {

	static final Set<String> ORAL_NSAIDS = Set.of("ibuprofen", "naproxen", "aspirin");

	static final Set<String> LYING_ON_BACK = Set.of("bridge", "dead_bug", "knee_to_chest", "pelvic_tilt",
			"lower_trunk_rotation");

	static final Set<String> FLEXION_AND_TWIST = Set.of("knee_to_chest", "childs_pose", "lower_trunk_rotation");

	static final Map<History, Set<String>> RULED_OUT_BY_HISTORY = new EnumMap<>(History.class);

	static {
		for (History history : History.values()) {
			RULED_OUT_BY_HISTORY.put(history, Set.of());
		}
		RULED_OUT_BY_HISTORY.put(History.STOMACH_ULCER, ORAL_NSAIDS);
		RULED_OUT_BY_HISTORY.put(History.KIDNEY_DISEASE, ORAL_NSAIDS);
		RULED_OUT_BY_HISTORY.put(History.HEART_DISEASE,
				union(ORAL_NSAIDS, Set.of("infrared_sauna", "whole_body_cryotherapy")));
		RULED_OUT_BY_HISTORY.put(History.ANTICOAGULANTS,
				union(ORAL_NSAIDS, Set.of("turmeric", "ginger", "spinal_manipulation")));
		RULED_OUT_BY_HISTORY.put(History.ASTHMA_NSAID_SENSITIVE, union(ORAL_NSAIDS, Set.of("diclofenac_gel")));
		RULED_OUT_BY_HISTORY.put(History.LIVER_DISEASE, Set.of("acetaminophen"));
		RULED_OUT_BY_HISTORY.put(History.RAYNAUDS, Set.of("cold_pack", "whole_body_cryotherapy"));
		RULED_OUT_BY_HISTORY.put(History.PERIPHERAL_NEUROPATHY,
				Set.of("heat_wrap", "hot_water_bottle", "infrared_sauna", "cold_pack"));
		RULED_OUT_BY_HISTORY.put(History.OSTEOPOROSIS, union(FLEXION_AND_TWIST, Set.of("spinal_manipulation")));
		RULED_OUT_BY_HISTORY.put(History.LONG_TERM_STEROIDS, FLEXION_AND_TWIST);
		RULED_OUT_BY_HISTORY.put(History.CANCER, Set.of("spinal_manipulation"));
		RULED_OUT_BY_HISTORY.put(History.HIGH_BLOOD_PRESSURE, Set.of("infrared_sauna"));
	}

	static Set<String> ruledOutByPregnancy(int weeks) {
		Set<String> out = new HashSet<>(union(ORAL_NSAIDS, Set.of("infrared_sauna", "whole_body_cryotherapy")));
		if (weeks >= 20) {
			out.addAll(LYING_ON_BACK);
			out.add("prone_press_up");
		}
		if (weeks >= 28) {
			out.add("diclofenac_gel");
		}
		return out;
	}

	static Set<String> ruledOutByAge(int age) {
		if (age < 16) {
			return union(ORAL_NSAIDS, Set.of("acetaminophen", "diclofenac_gel", "muscle_relaxant"));
		}
		return (age >= 65) ? ORAL_NSAIDS : Set.of();
	}

	@TestFactory
	Stream<DynamicTest> nothingRuledOutEverAppears() {
		List<DynamicTest> tests = new ArrayList<>();
		for (History history : History.values()) {
			for (Integer weeks : new Integer[] { null, 12, 20, 30 }) {
				for (int age : new int[] { 15, 40, 70 }) {
					String name = history.code() + ", " + ((weeks == null) ? "not pregnant" : weeks + " weeks")
							+ ", age " + age;
					tests.add(DynamicTest.dynamicTest(name, () -> check(history, weeks, age)));
				}
			}
		}
		return tests.stream();
	}

	private static void check(History history, Integer weeks, int age) {
		Person person = Person.adult()
			.age(age)
			.pain(5)
			.history(history)
			.equipment(Equipment.values())
			.likes("yoga", "pilates", "aerobic", "core_strength", "stretch", "gentle_mobility", "hip_strength");
		Set<String> ruledOut = new HashSet<>(RULED_OUT_BY_HISTORY.get(history));
		ruledOut.addAll(ruledOutByAge(age));
		if (weeks != null) {
			person.pregnant(weeks);
			ruledOut.addAll(ruledOutByPregnancy(weeks));
		}
		CarePlan plan = AssessmentEngine.assess(person.days(60).build()).plan();
		List<String> suggested = plan.sections().stream().flatMap((s) -> s.items().stream()).map(Item::id).toList();
		List<String> excluded = plan.excluded().stream().map(ExcludedItem::id).toList();
		assertThat(suggested).as("suggested").allSatisfy((id) -> assertThat(ruledOut).doesNotContain(id));
		Set<String> known = new HashSet<>(suggested);
		known.addAll(excluded);
		for (String id : ruledOut) {
			if (known.contains(id) || isCandidate(id)) {
				assertThat(excluded).as("listed as left out").contains(id);
			}
		}
	}

	private static boolean isCandidate(String id) {
		return CareOptions.ALL.stream().anyMatch((o) -> o.id().equals(id)) || ExerciseLibrary.find(id).isPresent();
	}

	@SafeVarargs
	private static Set<String> union(Set<String>... sets) {
		Set<String> union = new HashSet<>();
		for (Set<String> set : sets) {
			union.addAll(set);
		}
		return Set.copyOf(union);
	}

}
