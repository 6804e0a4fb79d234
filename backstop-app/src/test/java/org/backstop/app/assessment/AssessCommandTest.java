package org.backstop.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

import org.backstop.core.assessment.AssessmentJson;

/** {@code backstop assess}, as a person runs it. */
class AssessCommandTest {

	static final String ONE = "{\"age\": 42, \"sex\": \"female\", \"pain\": {\"intensity\": 3, \"region\": \"neck\", \"durationDays\": 2}}";

	static final String RED_FLAG = "{\"age\": 42, \"sex\": \"female\", \"pain\": {\"intensity\": 3, \"region\": \"neck\", \"durationDays\": 2}, \"symptoms\": [\"fainting\"]}";

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	int run(String stdin, String... args) {
		AssessCommand command = new AssessCommand();
		command.withStreams(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
				new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
		return new CommandLine(command).execute(args);
	}

	@Test
	void oneObjectInOneResultOut() {
		assertThat(run(ONE)).isZero();
		JsonNode result = AssessmentJson.mapper().readTree(this.out.toString(StandardCharsets.UTF_8));
		assertThat(result.at("/triage/level").stringValue()).isEqualTo("self_care");
		assertThat(this.err.size()).isZero();
	}

	@Test
	void anArrayGivesResultsInTheSameOrder() {
		assertThat(run("[" + ONE + "," + RED_FLAG + "]")).isZero();
		JsonNode results = AssessmentJson.mapper().readTree(this.out.toString(StandardCharsets.UTF_8));
		assertThat(results.size()).isEqualTo(2);
		assertThat(results.at("/0/triage/level").stringValue()).isEqualTo("self_care");
		assertThat(results.at("/1/triage/level").stringValue()).isEqualTo("emergency_ambulance");
	}

	@Test
	void badItemsAreNamedByIndexAndNothingIsWritten() {
		int exit = run("[" + ONE
				+ ", {\"age\": 42, \"sex\": \"female\", \"pain\": {\"intensity\": 12, \"region\": \"neck\", \"durationDays\": 2}}]");
		assertThat(exit).isEqualTo(2);
		assertThat(this.out.size()).isZero();
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.isEqualTo("[1].pain.intensity: must be from 0 to 10" + System.lineSeparator());
	}

	@Test
	void readsAFile(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("me.json");
		Files.writeString(file, RED_FLAG);
		assertThat(run("", "--input", file.toString())).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("collapse_with_back_pain");
	}

	@Test
	void aMissingFileIsBadInput(@TempDir Path dir) {
		assertThat(run("", "--input", dir.resolve("nope.json").toString())).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).startsWith("--input: no such file");
	}

	@Test
	void brokenJsonIsBadInput() {
		assertThat(run("{\"age\":")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).startsWith("$: is not valid JSON");
		assertThat(this.out.size()).isZero();
	}

	@Test
	void anEmptyArrayIsBadInput() {
		assertThat(run("[]")).isEqualTo(2);
	}

	@Test
	void controlCharactersFromTheInputArePrintedEscapedNotSentToTheTerminal() {
		// An unknown field whose name clears the screen, and a symptom code that turns
		// the
		// text red and reverses its direction; the emoji is valid text and stays as it
		// is.
		String input = "{\"age\": 42, \"sex\": \"female\", \"pain\": {\"intensity\": 3, \"region\": \"neck\", "
				+ "\"durationDays\": 2}, \"\\u001b[2Jx\": 1, \"symptoms\": [\"\\u001b[31mfever\\u202e\\ud83d\\ude00\"]}";
		assertThat(run(input)).isEqualTo(2);
		String printed = this.err.toString(StandardCharsets.UTF_8);
		assertThat(printed).contains("\\u001b[2Jx", "\\u001b[31mfever\\u202e\ud83d\ude00")
			.doesNotContain("\u001b", "\u202e");
		assertThat(printed.lines()).hasSize(2);
	}

}
