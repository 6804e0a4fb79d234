package org.backstop.app.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

import org.backstop.core.assessment.AssessmentEngine;
import org.backstop.core.assessment.AssessmentJson;
import org.backstop.core.assessment.AssessmentResult;
import org.backstop.core.assessment.Checked;
import org.backstop.core.assessment.Violation;

/**
 * {@code backstop assess [--input FILE]}: reads one assessment, or an array of them, and
 * writes the results in the same shape and order. On bad input it writes
 * {@code field: message} lines to standard error, nothing to standard output, and exits
 * with 2.
 */
@Command(name = "assess", mixinStandardHelpOptions = true,
		description = { "Assess one back spasm, or an array of them, from JSON (see the README for the fields).",
				"Exit codes: 0 done, 2 bad input. Backstop supports decisions; it does not diagnose." })
public class AssessCommand implements Callable<Integer> {

	static final int BAD_INPUT = 2;

	@Option(names = { "-i", "--input" }, paramLabel = "FILE", description = "Read from FILE instead of standard input.")
	Path input;

	InputStream in = System.in;

	PrintStream out = System.out;

	PrintStream err = System.err;

	@Override
	public Integer call() {
		byte[] json;
		try {
			json = read();
		}
		catch (NoSuchFileException ex) {
			return fail(List.of(new Violation("--input", "no such file: " + this.input)));
		}
		catch (IOException ex) {
			return fail(List.of(new Violation("--input", "cannot be read: " + ex.getMessage())));
		}
		Checked<JsonNode> tree = AssessmentJson.parse(json, AssessmentJson.MAX_BATCH_BYTES);
		if (!tree.isValid()) {
			return fail(tree.violations());
		}
		Checked<?> results = tree.value().isArray() ? assessAll(tree.value()) : AssessmentEngine.assess(tree.value());
		if (!results.isValid()) {
			return fail(results.violations());
		}
		this.out.println(AssessmentJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(results.value()));
		return 0;
	}

	private byte[] read() throws IOException {
		if (this.input == null) {
			return this.in.readNBytes(AssessmentJson.MAX_BATCH_BYTES + 1);
		}
		try (InputStream file = Files.newInputStream(this.input)) {
			return file.readNBytes(AssessmentJson.MAX_BATCH_BYTES + 1);
		}
	}

	private static Checked<List<AssessmentResult>> assessAll(JsonNode array) {
		if (array.isEmpty()) {
			return Checked.invalid(List.of(new Violation("$", "is an empty array; give at least one assessment")));
		}
		if (array.size() > AssessmentJson.MAX_BATCH_ITEMS) {
			return Checked.invalid(List.of(new Violation("$",
					"has " + array.size() + " assessments; at most " + AssessmentJson.MAX_BATCH_ITEMS + " at a time")));
		}
		List<AssessmentResult> results = new ArrayList<>(array.size());
		List<Violation> violations = new ArrayList<>();
		for (int i = 0; i < array.size(); i++) {
			Checked<AssessmentResult> result = AssessmentEngine.assess(array.get(i), "[" + i + "]");
			if (result.isValid()) {
				results.add(result.value());
			}
			else {
				violations.addAll(result.violations());
			}
		}
		return violations.isEmpty() ? Checked.valid(results) : Checked.invalid(violations);
	}

	private int fail(List<Violation> violations) {
		violations.forEach(this.err::println);
		return BAD_INPUT;
	}

}
