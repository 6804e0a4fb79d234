package org.backstop.app.clinic;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.backstop.app.account.Emails;
import org.backstop.app.account.Problem;
import org.backstop.core.json.JsonFields;
import org.backstop.core.problem.Checked;
import org.backstop.core.problem.CodedText;
import org.backstop.core.problem.Violation;

/**
 * The clinic page's fields as typed, and their checks. Each problem names its field; a
 * list's problem names its line too. Origins are rebuilt from their parts, so nothing but
 * a scheme, host and port can reach the Content-Security-Policy header they end up in.
 */
record ClinicForm(String name, String address, String phone, String emergencyNumber, String openingHours,
		String notifyEmails, String embedOrigins, String colour, String buttonColour) {

	static final int MAX_NAME = 120;

	static final int MAX_ADDRESS = 500;

	static final int MAX_PHONE = 40;

	static final int MAX_HOURS = 500;

	/** Lines in each list: enough for a clinic, small enough for a header. */
	static final int MAX_LINES = 10;

	/** WCAG AA for normal text. */
	static final double MIN_CONTRAST = 4.5;

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()./-]{2,39}");

	private static final Pattern EMERGENCY = Pattern.compile("[0-9]{2,16}");

	private static final Pattern COLOUR = Pattern.compile("#[0-9a-f]{6}");

	private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9.-]*[a-z0-9])?");

	static ClinicForm of(Clinic clinic) {
		return new ClinicForm(clinic.name(), clinic.address(), clinic.phone(), clinic.emergencyNumber(),
				clinic.openingHours(), String.join("\n", clinic.notifyEmails()),
				String.join("\n", clinic.embedOrigins()), clinic.colour(), clinic.buttonColour());
	}

	/** The fields as typed, by name, to show again. */
	Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("name", this.name);
		values.put("address", this.address);
		values.put("phone", this.phone);
		values.put("emergencyNumber", this.emergencyNumber);
		values.put("openingHours", this.openingHours);
		values.put("notifyEmails", this.notifyEmails);
		values.put("embedOrigins", this.embedOrigins);
		values.put("colour", this.colour);
		values.put("buttonColour", this.buttonColour);
		return values;
	}

	/** The clinic these fields describe, or every problem with them. */
	Checked<Clinic> check() {
		List<Violation> problems = new ArrayList<>();
		String checkedName = text("name", this.name, MAX_NAME, false, problems);
		if (checkedName.isEmpty() && problems.stream().noneMatch((p) -> p.field().equals("name"))) {
			problems.add(Problem.REQUIRED.on("name"));
		}
		String checkedAddress = text("address", this.address, MAX_ADDRESS, true, problems);
		String checkedPhone = text("phone", this.phone, MAX_PHONE, false, problems);
		if (!checkedPhone.isEmpty() && !PHONE.matcher(checkedPhone).matches()) {
			problems.add(new Violation("phone", CodedText.of("clinic.phone.invalid",
					"must be a phone number: digits, spaces and + ( ) - . only, such as +34 912 345 678")));
		}
		String checkedEmergency = text("emergencyNumber", this.emergencyNumber, 16, false, problems).replace(" ", "");
		if (!checkedEmergency.isEmpty() && !EMERGENCY.matcher(checkedEmergency).matches()) {
			problems.add(new Violation("emergencyNumber",
					CodedText.of("clinic.emergency_number.invalid", "must be 2 to 16 digits, such as 112")));
		}
		String checkedHours = text("openingHours", this.openingHours, MAX_HOURS, true, problems);
		List<String> emails = lines("notifyEmails", this.notifyEmails, problems);
		List<String> checkedEmails = new ArrayList<>();
		for (int i = 0; i < emails.size(); i++) {
			String email = Emails.normalize(emails.get(i));
			Optional<CodedText> fault = Emails.fault(email);
			if (fault.isPresent()) {
				problems.add(new Violation("notifyEmails", line(i, fault.get())));
			}
			else if (!checkedEmails.contains(email)) {
				checkedEmails.add(email);
			}
		}
		List<String> checkedOrigins = new ArrayList<>();
		List<String> origins = lines("embedOrigins", this.embedOrigins, problems);
		for (int i = 0; i < origins.size(); i++) {
			Optional<String> origin = origin(origins.get(i));
			if (origin.isEmpty()) {
				problems.add(new Violation("embedOrigins",
						line(i, CodedText.of("clinic.origin.invalid",
								"is not a web site address such as https://www.example-clinic.org: https, a host name, "
										+ "an optional port, and no path"))));
			}
			else if (!checkedOrigins.contains(origin.get())) {
				checkedOrigins.add(origin.get());
			}
		}
		String checkedColour = colour("colour", this.colour, problems);
		String checkedButton = colour("buttonColour", this.buttonColour, problems);
		if (!problems.isEmpty()) {
			return Checked.invalid(problems);
		}
		return Checked.valid(new Clinic(checkedName, checkedAddress, checkedPhone, checkedEmergency, checkedHours,
				checkedEmails, checkedOrigins, checkedColour, checkedButton));
	}

	private static CodedText line(int index, CodedText problem) {
		return CodedText.of("clinic.list.line", "line {0}: {1}", index + 1, problem);
	}

	/** Trimmed text; several lines only where allowed. */
	private static String text(String field, String value, int max, boolean lines, List<Violation> problems) {
		String text = (value == null) ? "" : value.strip().replace("\r\n", "\n");
		// The same rule as every JSON text field: no control characters (line breaks
		// only where several lines are allowed), no lone surrogates, at most max.
		Optional<CodedText> fault = JsonFields.textFault(text, max, lines);
		fault.ifPresent((problem) -> problems.add(new Violation(field, problem)));
		return fault.isPresent() ? "" : text;
	}

	private static List<String> lines(String field, String value, List<Violation> problems) {
		String text = text(field, value, 2000, true, problems);
		List<String> lines = text.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
		if (lines.size() > MAX_LINES) {
			problems.add(new Violation(field, CodedText.of("clinic.list.too_many",
					"has {0} lines; at most {1} are allowed", lines.size(), MAX_LINES)));
			return List.of();
		}
		return lines;
	}

	/**
	 * The origin, rebuilt as {@code scheme://host[:port]}: https, or http for this
	 * machine only (for trying it out).
	 */
	static Optional<String> origin(String typed) {
		try {
			URI uri = new URI(typed.strip().replaceAll("/+$", ""));
			String scheme = (uri.getScheme() == null) ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			String host = (uri.getHost() == null) ? "" : uri.getHost().toLowerCase(Locale.ROOT);
			boolean local = host.equals("localhost") || host.equals("127.0.0.1");
			if (!(scheme.equals("https") || (scheme.equals("http") && local)) || !HOST.matcher(host).matches()
					|| uri.getRawUserInfo() != null || (uri.getRawPath() != null && !uri.getRawPath().isEmpty())
					|| uri.getRawQuery() != null || uri.getRawFragment() != null) {
				return Optional.empty();
			}
			return Optional.of(scheme + "://" + host + ((uri.getPort() >= 0) ? ":" + uri.getPort() : ""));
		}
		catch (URISyntaxException ex) {
			return Optional.empty();
		}
	}

	private static String colour(String field, String value, List<Violation> problems) {
		String colour = (value == null) ? "" : value.strip().toLowerCase(Locale.ROOT);
		if (!COLOUR.matcher(colour).matches()) {
			problems
				.add(new Violation(field, CodedText.of("clinic.colour.invalid", "must be a colour such as #1f4e79")));
			return "";
		}
		double contrast = contrastWithWhite(colour);
		if (contrast < MIN_CONTRAST) {
			problems.add(new Violation(field, CodedText.of("clinic.colour.low_contrast",
					"is too light for white text on it: its contrast is {0} to 1, and at least 4.5 to 1 is needed",
					String.format(Locale.ROOT, "%.1f", contrast))));
		}
		return colour;
	}

	/** WCAG 2 contrast ratio of white on this colour. */
	static double contrastWithWhite(String hex) {
		double luminance = 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
		return 1.05 / (luminance + 0.05);
	}

	private static double channel(String hex, int at) {
		double c = Integer.parseInt(hex.substring(at, at + 2), 16) / 255.0;
		return (c <= 0.04045) ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

}
