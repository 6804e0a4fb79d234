package org.backstop.app.medicine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

import org.backstop.app.Backstop;
import org.backstop.core.json.StrictJson;

/** {@code backstop doses}: the same JSON as the API, {@code field: message} on errors. */
class DosesCommandTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-10T12:00:00Z"), ZoneOffset.UTC);

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void checksDosesFromStandardInputAtTheClocksTime() {
		int exit = run("""
				{ "age": 40, "doses": [ { "medicine": "naproxen", "mg": 440, "takenAt": "2025-03-10T06:00:00Z" } ] }
				""");
		assertThat(exit).isZero();
		assertThat(stderr()).isEmpty();
		JsonNode json = StrictJson.mapper().readTree(stdout());
		assertThat(json.get("checkedAt").stringValue()).isEqualTo("2025-03-10T12:00:00Z");
		JsonNode naproxen = json.get("medicines").get(1);
		assertThat(naproxen.get("medicine").stringValue()).isEqualTo("naproxen");
		assertThat(naproxen.get("allowedNow").booleanValue()).isFalse();
		// Two tablets at once: the next waits 12 hours, not 8.
		assertThat(naproxen.get("nextAllowedAt").stringValue()).isEqualTo("2025-03-10T18:00:00Z");
		JsonNode ibuprofen = json.get("medicines").get(0);
		assertThat(ibuprofen.get("nextAllowedAt").stringValue()).isEqualTo("2025-03-11T06:00:00Z");
	}

	@Test
	void readsAFile(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("doses.json");
		Files.writeString(file, "{\"age\": 70, \"now\": \"2025-01-01T00:00:00Z\"}");
		int exit = command().execute("--input", file.toString());
		assertThat(exit).isZero();
		JsonNode json = StrictJson.mapper().readTree(stdout());
		assertThat(json.get("medicines").get(0).get("allowedNow").booleanValue()).isFalse();
		assertThat(json.get("medicines").get(3).get("allowedNow").booleanValue()).isTrue();
	}

	@Test
	void badInputPrintsFieldAndMessageLinesAndExitsWith2() {
		int exit = run("""
				{ "age": 40, "doses": [
				  { "medicine": "ibuprofen", "mg": 400, "takenAt": "2025-03-10T06:00:00Z" },
				  { "medicine": "diclofenac_gel", "mg": 0, "takenAt": "tomorrow" } ] }
				""");
		assertThat(exit).isEqualTo(2);
		assertThat(stdout()).isEmpty();
		assertThat(stderr().lines()).hasSize(3)
			.anySatisfy(
					(line) -> assertThat(line).startsWith("doses[1].medicine: diclofenac_gel has no milligram dose"))
			.anySatisfy((line) -> assertThat(line).startsWith("doses[1].mg: "))
			.anySatisfy((line) -> assertThat(line).startsWith("doses[1].takenAt: "));
	}

	@Test
	void checksAnArrayInOrderAndNamesItemsByIndex() {
		assertThat(run("[{\"age\": 40}, {\"age\": 12}]")).isZero();
		JsonNode json = StrictJson.mapper().readTree(stdout());
		assertThat(json.size()).isEqualTo(2);
		assertThat(json.get(0).get("medicines").get(0).get("allowedNow").booleanValue()).isTrue();
		assertThat(json.get(1).get("medicines").get(0).get("allowedNow").booleanValue()).isFalse();
		assertThat(run("[{\"age\": 40}, {\"age\": 40, \"doses\": [{\"medicine\": \"ibuprofen\", \"mg\": 0, "
				+ "\"takenAt\": \"2025-03-10T08:00:00Z\"}]}]"))
			.isEqualTo(2);
		assertThat(stderr()).startsWith("[1].doses[0].mg: must be from 1 to 5000");
	}

	@Test
	void brokenJsonIsAProblemWithTheDocument() {
		assertThat(run("{\"age\": ")).isEqualTo(2);
		assertThat(stderr()).startsWith("$: is not valid JSON");
	}

	@Test
	void aMissingFileIsNamed() {
		assertThat(command().execute("--input", "/no/such/doses.json")).isEqualTo(2);
		assertThat(stderr()).startsWith("--input: no such file");
	}

	@Test
	void isASubcommandOfBackstop() {
		CommandLine backstop = new CommandLine(new Backstop());
		assertThat(backstop.getSubcommands()).containsKey("doses");
	}

	private int run(String stdin) {
		DosesCommand doses = new DosesCommand();
		doses.withStreams(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
				new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
		doses.clock = CLOCK;
		return new CommandLine(doses).execute();
	}

	private CommandLine command() {
		DosesCommand doses = new DosesCommand();
		doses.withStreams(InputStream.nullInputStream(), new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
		doses.clock = CLOCK;
		return new CommandLine(doses);
	}

	private String stdout() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String stderr() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

}
