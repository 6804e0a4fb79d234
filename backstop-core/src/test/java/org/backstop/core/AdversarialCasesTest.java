package org.backstop.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.backstop.core.assessment.AssessmentJson;
import org.backstop.core.problem.Checked;
import org.backstop.core.problem.Violation;

/**
 * Runs the adversarial case set (test resources {@code adversarial/cases.json}, written
 * from the clinical reference without reading the rules) through the engine and measures
 * how often the triage level is one a careful clinician would accept. One test checks
 * that the set is sound; the other holds the safety targets, in every build.
 */
class AdversarialCasesTest {

	/** Most urgent first, as the contract lists them. */
	static final List<String> LEVELS = List.of("emergency_ambulance", "emergency", "consultation_24", "consultation",
			"self_care");

	static final Path REPORT = Path.of("target", "adversarial-report.txt");

	static List<Outcome> outcomes;

	static Figures figures;

	/** The case sets, each written blind to the rules of its day. */
	static final List<String> SETS = List.of("cases.json", "cases-set-2.json", "cases-set-3.json", "cases-set-4.json");

	static Map<String, Figures> figuresBySet;

	/**
	 * Cases where Backstop decided, with its reasons, on a level other than the writer's
	 * expected one but within the writer's acceptable levels, where case writers
	 * disagree: by case id, the level decided. Such a case still counts in every figure;
	 * only the two targets on the direction of a miss (emergencies below the emergency
	 * department, self-care sent to a clinician) let it pass, and only while the engine
	 * gives exactly the decided level.
	 */
	static Map<String, String> decided;

	@BeforeAll
	static void runEveryCase() throws IOException {
		outcomes = new ArrayList<>();
		figuresBySet = new LinkedHashMap<>();
		decided = new LinkedHashMap<>();
		try (InputStream in = AdversarialCasesTest.class.getResourceAsStream("/adversarial/decisions.json")) {
			for (JsonNode d : AssessmentJson.mapper().readTree(in)) {
				assertThat(d.path("why").asString()).as("why %s was decided", d.path("id")).isNotBlank();
				assertThat(d.path("source").asString()).as("the source for %s", d.path("id")).isNotBlank();
				decided.put(d.path("id").asString(), d.path("level").asString());
			}
		}
		StringBuilder report = new StringBuilder();
		for (String set : SETS) {
			JsonNode cases;
			try (InputStream in = AdversarialCasesTest.class.getResourceAsStream("/adversarial/" + set)) {
				cases = AssessmentJson.mapper().readTree(in);
			}
			List<Outcome> ofSet = new ArrayList<>();
			for (JsonNode c : cases) {
				ofSet.add(Outcome.of(c));
			}
			Figures setFigures = Figures.of(ofSet);
			figuresBySet.put(set, setFigures);
			outcomes.addAll(ofSet);
			report.append("\n== ").append(set).append(" ==\n").append(setFigures.table());
		}
		figures = Figures.of(outcomes);
		report.append("\n== all sets ==\n")
			.append(figures.table())
			.append(misses(outcomes))
			.append(alsoCounted(outcomes));
		System.out.println(report);
		Files.createDirectories(REPORT.getParent());
		Files.writeString(REPORT, report.toString(), StandardCharsets.UTF_8);
	}

	@Test
	void everyCaseIsValidInputWithItsExpectedLevelAcceptable() {
		assertThat(figuresBySet.get("cases.json").cases).isGreaterThanOrEqualTo(150);
		assertThat(outcomes).allSatisfy((o) -> {
			assertThat(o.violations).as("%s: the engine rejects the input", o.id).isEmpty();
			assertThat(LEVELS).as("%s: expected level", o.id).contains(o.expected);
			assertThat(LEVELS).as("%s: acceptable levels", o.id).containsAll(o.acceptable);
			assertThat(o.acceptable).as("%s: acceptable levels", o.id).contains(o.expected);
		});
		assertThat(outcomes.stream().map((o) -> o.id).distinct()).hasSameSizeAs(outcomes);
	}

	/**
	 * The safety targets: no emergency triaged below the emergency department, at least
	 * 97 % within what a clinician accepts, and at most 10 % of self-care cases sent to a
	 * clinician. They run in every build: the set is the specification the rules answer
	 * to.
	 */
	@Test
	void meetsTheTargetsInEverySet() {
		figuresBySet.forEach((set, figures) -> {
			assertThat(figures.emergenciesBelowEmergency - figures.decidedEmergenciesBelowEmergency)
				.as("%s: emergencies triaged below the emergency department, but for those decided", set)
				.isZero();
			assertThat(figures.percent(figures.withinAcceptable, figures.cases))
				.as("%s: percent within acceptable", set)
				.isGreaterThanOrEqualTo(97.0);
			assertThat(
					figures.percent(figures.knownSelfCareSentToClinician - figures.decidedKnownSelfCareSentToClinician,
							figures.knownSelfCareCases))
				.as("%s: percent of self-care cases with every answer known sent to a clinician, but for those decided",
						set)
				.isLessThanOrEqualTo(10.0);
		});
	}

	/**
	 * A decision holds only while the engine gives exactly the decided level, within the
	 * writer's acceptable levels: a rule change that moves the case fails here.
	 */
	@Test
	void everyDecisionNamesACaseThatGetsExactlyTheDecidedLevel() {
		decided.forEach((id, level) -> {
			Outcome o = outcomes.stream().filter((c) -> c.id.equals(id)).findFirst().orElse(null);
			assertThat(o).as("the case %s of a decision", id).isNotNull();
			assertThat(o.got).as("%s: the decided level", id).isEqualTo(level);
			assertThat(o.acceptable).as("%s: a decision stays within the writer's acceptable levels", id)
				.contains(level);
		});
	}

	static String misses(List<Outcome> outcomes) {
		Map<String, List<Outcome>> byTheme = new LinkedHashMap<>();
		for (Outcome o : outcomes) {
			if (!o.within()) {
				byTheme.computeIfAbsent(o.theme(), (t) -> new ArrayList<>()).add(o);
			}
		}
		StringBuilder out = new StringBuilder("\nMisses by theme (id prefix)\n");
		byTheme.forEach((theme, list) -> {
			out.append(String.format(Locale.ROOT, "%n[%s] %d miss(es)%n", theme, list.size()));
			for (Outcome o : list) {
				out.append(String.format(Locale.ROOT, "  %-8s %s%n", o.id, o.story));
				out.append(String.format(Locale.ROOT, "           %s: expected %s, acceptable %s, got %s, reasons %s%n",
						o.under() ? "UNDER" : "OVER", o.expected, o.acceptable, o.got, o.reasons));
			}
		});
		return out.toString();
	}

	/**
	 * Cases within their acceptable levels that still count against a target: an
	 * emergency answered below the emergency department, or a self-care case sent to a
	 * clinician.
	 */
	static String alsoCounted(List<Outcome> outcomes) {
		StringBuilder out = new StringBuilder(
				"\nWithin acceptable, but counted against a target (emergency below emergency, self-care to a clinician)\n");
		for (Outcome o : outcomes) {
			boolean emergencyBelow = o.valid() && o.expectedEmergency()
					&& Outcome.rank(o.got) > Outcome.rank("emergency");
			boolean selfCareSent = o.valid() && "self_care".equals(o.expected) && !"self_care".equals(o.got);
			if (o.within() && (emergencyBelow || selfCareSent)) {
				out.append(String.format(Locale.ROOT, "  %-8s %s%n", o.id, o.story));
				out.append(String.format(Locale.ROOT, "           expected %s, acceptable %s, got %s, reasons %s%n",
						o.expected, o.acceptable, o.got, o.reasons));
			}
		}
		return out.toString();
	}

	/** One case and what the engine made of it. */
	static final class Outcome {

		String id;

		String story;

		String expected;

		List<String> acceptable = new ArrayList<>();

		String got;

		List<String> reasons = new ArrayList<>();

		List<Violation> violations = List.of();

		/** Whether some answer was given as "not sure". */
		boolean notSure;

		static Outcome of(JsonNode c) {
			Outcome o = new Outcome();
			o.id = c.path("id").asString();
			o.story = c.path("story").asString();
			o.expected = c.path("expected").asString();
			c.path("acceptable").forEach((level) -> o.acceptable.add(level.asString()));
			Checked<AssessmentResult> result = AssessmentEngine.assess(c.path("input"));
			o.violations = result.violations();
			if (result.isValid()) {
				o.notSure = !result.value().notSure().isEmpty();
				// read the result as the contract's JSON, the shape every caller sees
				JsonNode triage = AssessmentJson.mapper().valueToTree(result.value()).path("triage");
				o.got = triage.path("level").asString();
				triage.path("reasons").forEach((r) -> o.reasons.add(r.path("code").asString()));
			}
			return o;
		}

		String theme() {
			int dash = this.id.indexOf('-');
			return (dash < 0) ? this.id : this.id.substring(0, dash);
		}

		boolean valid() {
			return this.violations.isEmpty() && this.got != null;
		}

		boolean within() {
			return valid() && this.acceptable.contains(this.got);
		}

		/** Less urgent than every acceptable level. */
		boolean under() {
			return valid() && this.acceptable.stream().allMatch((a) -> rank(this.got) > rank(a));
		}

		/** More urgent than every acceptable level. */
		boolean over() {
			return valid() && this.acceptable.stream().allMatch((a) -> rank(this.got) < rank(a));
		}

		boolean expectedEmergency() {
			return rank(this.expected) <= rank("emergency");
		}

		static int rank(String level) {
			int i = LEVELS.indexOf(level);
			if (i < 0) {
				throw new IllegalArgumentException("not a triage level: " + level);
			}
			return i;
		}

	}

	/** The measured figures. */
	static final class Figures {

		int cases;

		int invalid;

		int withinAcceptable;

		int exactlyExpected;

		int underTriaged;

		int overTriaged;

		int emergencyCases;

		int emergenciesBelowEmergency;

		int decidedEmergenciesBelowEmergency;

		int decidedKnownSelfCareSentToClinician;

		int selfCareCases;

		int selfCareSentToClinician;

		int knownSelfCareCases;

		int knownSelfCareSentToClinician;

		final Map<String, Map<String, Integer>> matrix = new LinkedHashMap<>();

		static Figures of(List<Outcome> outcomes) {
			Figures f = new Figures();
			for (String e : LEVELS) {
				Map<String, Integer> row = new LinkedHashMap<>();
				LEVELS.forEach((g) -> row.put(g, 0));
				f.matrix.put(e, row);
			}
			for (Outcome o : outcomes) {
				f.cases++;
				if (!o.valid()) {
					f.invalid++;
					continue;
				}
				f.matrix.get(o.expected).merge(o.got, 1, Integer::sum);
				f.withinAcceptable += o.within() ? 1 : 0;
				f.exactlyExpected += o.expected.equals(o.got) ? 1 : 0;
				f.underTriaged += o.under() ? 1 : 0;
				f.overTriaged += o.over() ? 1 : 0;
				if (o.expectedEmergency()) {
					f.emergencyCases++;
					boolean below = Outcome.rank(o.got) > Outcome.rank("emergency");
					f.emergenciesBelowEmergency += below ? 1 : 0;
					f.decidedEmergenciesBelowEmergency += (below && o.got.equals(decided.get(o.id))) ? 1 : 0;
				}
				if ("self_care".equals(o.expected)) {
					f.selfCareCases++;
					f.selfCareSentToClinician += "self_care".equals(o.got) ? 0 : 1;
					if (!o.notSure) {
						f.knownSelfCareCases++;
						f.knownSelfCareSentToClinician += "self_care".equals(o.got) ? 0 : 1;
						f.decidedKnownSelfCareSentToClinician += (!"self_care".equals(o.got)
								&& o.got.equals(decided.get(o.id))) ? 1 : 0;
					}
				}
			}
			return f;
		}

		double percent(int part, int whole) {
			return (whole == 0) ? 0 : 100.0 * part / whole;
		}

		String table() {
			StringBuilder out = new StringBuilder("Adversarial triage cases\n");
			row(out, "cases", this.cases, this.cases);
			row(out, "invalid input", this.invalid, this.cases);
			row(out, "within acceptable (target >= 97 %)", this.withinAcceptable, this.cases);
			row(out, "exactly the expected level", this.exactlyExpected, this.cases);
			row(out, "under-triaged", this.underTriaged, this.cases);
			row(out, "over-triaged", this.overTriaged, this.cases);
			row(out, "emergencies below emergency (target 0)", this.emergenciesBelowEmergency, this.emergencyCases);
			row(out, "  of them, decided (adversarial/decisions.json)", this.decidedEmergenciesBelowEmergency,
					this.emergencyCases);
			row(out, "self-care sent to a clinician", this.selfCareSentToClinician, this.selfCareCases);
			// A "not sure" answer is read as its most urgent known answer by design, so
			// the
			// target on over-triage counts the cases where every answer was known.
			row(out, "  of them, every answer known (target <= 10 %)", this.knownSelfCareSentToClinician,
					this.knownSelfCareCases);
			row(out, "    of them, decided (adversarial/decisions.json)", this.decidedKnownSelfCareSentToClinician,
					this.knownSelfCareCases);
			out.append("\nexpected (rows) against got (columns)\n");
			out.append(String.format(Locale.ROOT, "%-20s", ""));
			LEVELS.forEach((g) -> out.append(String.format(Locale.ROOT, "%20s", g)));
			out.append('\n');
			this.matrix.forEach((e, row) -> {
				out.append(String.format(Locale.ROOT, "%-20s", e));
				row.values().forEach((n) -> out.append(String.format(Locale.ROOT, "%20d", n)));
				out.append('\n');
			});
			return out.toString();
		}

		private void row(StringBuilder out, String name, int part, int whole) {
			out.append(String.format(Locale.ROOT, "  %-48s %4d / %-4d %6.1f %%%n", name, part, whole,
					percent(part, whole)));
		}

	}

}
