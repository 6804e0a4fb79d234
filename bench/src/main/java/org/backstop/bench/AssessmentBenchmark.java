package org.backstop.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.JsonNode;

import org.backstop.core.AssessmentEngine;
import org.backstop.core.assessment.AssessmentInput;
import org.backstop.core.json.StrictJson;
import org.backstop.core.assessment.AssessmentReader;
import org.backstop.core.problem.Checked;
import org.backstop.core.severity.SeverityGrader;
import org.backstop.core.triage.Triage;

/**
 * What the assessment engine costs next to reading its JSON. {@code parse} turns the
 * bytes into a tree with Jackson; {@code engine} validates the tree, grades and triages;
 * {@code engineWithPlan} adds the self-care plan. The goal: {@code engine} costs no more
 * than a quarter of {@code parse}, so triage is never the bottleneck.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class AssessmentBenchmark {

	/**
	 * A plain spasm, a person with history and preferences, red flags, and sciatica of
	 * the neck.
	 */
	static final String[] INPUTS = {
			"{\"age\":35,\"sex\":\"female\",\"pain\":{\"intensity\":4,\"region\":\"lower_back\",\"durationDays\":2}}",
			"{\"age\":67,\"sex\":\"male\",\"pregnant\":false,\"pain\":{\"intensity\":7,\"region\":\"lower_back\",\"onset\":\"sudden\",\"durationDays\":12,\"spasmsPerWeek\":14,\"radiation\":\"buttock_thigh\",\"worseAtNightOrRest\":false,\"trauma\":\"none\"},\"function\":{\"mobility\":\"reduced\"},\"history\":[\"stomach_ulcer\",\"diabetes\",\"smoker\",\"heavy_alcohol\"],\"selfCare\":{\"weeksTried\":1,\"improving\":true},\"preferences\":{\"equipment\":[\"heat_pack\",\"ice_pack\"],\"currentMedicines\":[\"acetaminophen\"],\"weightKg\":82}}",
			"{\"age\":58,\"sex\":\"female\",\"pain\":{\"intensity\":8,\"region\":\"mid_back\",\"onset\":\"sudden\",\"durationDays\":1},\"symptoms\":[\"fever\",\"saddle_numbness\",\"urinary_retention\",\"leg_weakness\"],\"history\":[\"cancer\",\"immunosuppression\"]}",
			"{\"age\":44,\"sex\":\"other\",\"pain\":{\"intensity\":5,\"region\":\"neck\",\"durationDays\":20,\"radiation\":\"below_knee\"},\"symptoms\":[\"arm_numbness\",\"leg_numbness\"],\"function\":{\"mobility\":\"normal\"}}" };

	@Param({ "0", "1", "2", "3" })
	int input;

	byte[] json;

	JsonNode tree;

	AssessmentInput parsedInput;

	@Setup
	public void setUp() {
		this.json = INPUTS[this.input].getBytes(StandardCharsets.UTF_8);
		this.tree = StrictJson.parse(this.json, StrictJson.MAX_DOCUMENT_BYTES).value();
		this.parsedInput = AssessmentReader.read(this.tree).value();
		if (!AssessmentEngine.assess(this.tree).isValid()) {
			throw new IllegalStateException("benchmark input " + this.input + " is not valid");
		}
	}

	@Benchmark
	public Checked<JsonNode> parse() {
		return StrictJson.parse(this.json, StrictJson.MAX_DOCUMENT_BYTES);
	}

	@Benchmark
	public void engine(Blackhole blackhole) {
		Checked<AssessmentInput> input = AssessmentReader.read(this.tree);
		blackhole.consume(SeverityGrader.grade(input.value()));
		blackhole.consume(Triage.evaluate(input.value()));
	}

	/** The parts of {@code engine}, to see where its time goes. */
	@Benchmark
	public Checked<AssessmentInput> validateOnly() {
		return AssessmentReader.read(this.tree);
	}

	@Benchmark
	public Object gradeOnly() {
		return SeverityGrader.grade(this.input());
	}

	@Benchmark
	public Object triageOnly() {
		return Triage.evaluate(this.input());
	}

	private AssessmentInput input() {
		return this.parsedInput;
	}

	@Benchmark
	public Object engineWithPlan() {
		return AssessmentEngine.assess(this.tree);
	}

}
