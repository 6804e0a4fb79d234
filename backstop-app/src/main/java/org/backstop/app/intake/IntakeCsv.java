package org.backstop.app.intake;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The queue as CSV, in the queue's order. A cell that a spreadsheet would read as a
 * formula (it starts with {@code = + - @}, a tab or a carriage return) is prefixed with
 * an apostrophe, so that a name or message typed by anyone on the internet cannot run in
 * a clinician's spreadsheet.
 */
final class IntakeCsv {

	static final List<String> COLUMNS = List.of("id", "receivedAt", "urgency", "triageLevel", "status", "name", "email",
			"phone", "contactMethod", "contactTime", "reason", "message", "redFlags", "assessedAt", "assignedTo",
			"embeddedFrom", "language");

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();

	private IntakeCsv() {
	}

	static String of(List<IntakeRequest> requests, Map<UUID, String> clinicianNames) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
			for (IntakeRequest r : requests) {
				printer.printRecord(r.id(), r.receivedAt(), r.urgency(), orEmpty(r.triageLevel()), r.status().code(),
						safe(r.name()), safe(r.email()), safe(r.phone()), r.method().code(), r.time().code(),
						r.reason().code(), safe(r.message()), safe(String.join("; ", r.redFlags())),
						(r.assessedAt() != null) ? r.assessedAt() : "",
						(r.assignedTo() != null) ? safe(clinicianNames.getOrDefault(r.assignedTo(), "")) : "",
						safe(orEmpty(r.embeddedFrom())), r.language());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/** The text, made inert for spreadsheets. */
	static String safe(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		char first = text.charAt(0);
		return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
				? "'" + text : text;
	}

	private static String orEmpty(String text) {
		return (text == null) ? "" : text;
	}

}
