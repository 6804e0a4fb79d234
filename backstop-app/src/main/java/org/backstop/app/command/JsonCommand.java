package org.backstop.app.command;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

import org.backstop.core.json.StrictJson;
import org.backstop.core.problem.Checked;
import org.backstop.core.problem.Violation;

/**
 * A command that reads JSON (one object, or an array of them) from a file or standard
 * input and writes its answers in the same shape and order. On bad input it writes
 * {@code field: message} lines to standard error (array items as
 * {@code [3].pain.intensity}), nothing to standard output, and exits with
 * {@link #BAD_INPUT}.
 */
public abstract class JsonCommand implements Callable<Integer> {

	public static final int BAD_INPUT = 2;

	@Option(names = { "-i", "--input" }, paramLabel = "FILE", description = "Read from FILE instead of standard input.")
	protected Path input;

	private InputStream in = System.in;

	private PrintStream out = System.out;

	private PrintStream err = System.err;

	/** Points the command at other streams, as tests do. */
	public JsonCommand withStreams(InputStream in, PrintStream out, PrintStream err) {
		this.in = in;
		this.out = out;
		this.err = err;
		return this;
	}

	/** Answers one object; field paths start with {@code prefix}. */
	protected abstract Checked<?> answer(JsonNode object, String prefix);

	@Override
	public Integer call() {
		byte[] json;
		try {
			json = read();
		}
		catch (NoSuchFileException ex) {
			return fail(
					List.of(Violation.of("--input", "file.missing", "no such file: {0}", String.valueOf(this.input))));
		}
		catch (IOException ex) {
			return fail(List.of(Violation.of("--input", "file.unreadable", "cannot be read: {0}",
					String.valueOf(ex.getMessage()))));
		}
		Checked<JsonNode> tree = StrictJson.parse(json, StrictJson.MAX_BATCH_BYTES);
		if (!tree.isValid()) {
			return fail(tree.violations());
		}
		Checked<?> answers = tree.value().isArray() ? answerAll(tree.value()) : answer(tree.value(), "");
		if (!answers.isValid()) {
			return fail(answers.violations());
		}
		this.out.println(StrictJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(answers.value()));
		return 0;
	}

	private byte[] read() throws IOException {
		if (this.input == null) {
			return this.in.readNBytes(StrictJson.MAX_BATCH_BYTES + 1);
		}
		try (InputStream file = Files.newInputStream(this.input)) {
			return file.readNBytes(StrictJson.MAX_BATCH_BYTES + 1);
		}
	}

	private Checked<List<Object>> answerAll(JsonNode array) {
		if (array.isEmpty()) {
			return Checked
				.invalid(List.of(Violation.of("$", "batch.empty", "is an empty array; give at least one object")));
		}
		if (array.size() > StrictJson.MAX_BATCH_ITEMS) {
			return Checked.invalid(List.of(Violation.of("$", "batch.too_long", "has {0} items; at most {1} at a time",
					array.size(), StrictJson.MAX_BATCH_ITEMS)));
		}
		List<Object> answers = new ArrayList<>(array.size());
		List<Violation> violations = new ArrayList<>();
		for (int i = 0; i < array.size(); i++) {
			Checked<?> answer = answer(array.get(i), "[" + i + "]");
			if (answer.isValid()) {
				answers.add(answer.value());
			}
			else {
				violations.addAll(answer.violations());
			}
		}
		return violations.isEmpty() ? Checked.valid(answers) : Checked.invalid(violations);
	}

	private int fail(List<Violation> violations) {
		violations.forEach((violation) -> this.err.println(TerminalText.safe(violation.toString())));
		return BAD_INPUT;
	}

}
