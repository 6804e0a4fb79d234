package org.backstop.app.clinic;

import java.util.List;

/**
 * How the clinic presents itself and whom it tells.
 *
 * @param name its name, as people know it; empty until an administrator sets it
 * @param address where it is, one line or several
 * @param phone the number people call
 * @param emergencyNumber the local emergency number, when the clinic names one
 * @param openingHours when it is open, in the clinic's own words
 * @param notifyEmails who is told by email of each new request (never its content)
 * @param embedOrigins the web sites (origins such as {@code https://clinic.example}) that
 * may show the forms in a frame
 * @param colour the colour of the clinic's band on its pages, white text on it
 * @param buttonColour the colour of its buttons, white text on them
 */
public record Clinic(String name, String address, String phone, String emergencyNumber, String openingHours,
		List<String> notifyEmails, List<String> embedOrigins, String colour, String buttonColour) {

	static final String DEFAULT_COLOUR = "#1f4e79";

	/** What an installation has before an administrator says anything. */
	static final Clinic UNCONFIGURED = new Clinic("", "", "", "", "", List.of(), List.of(), DEFAULT_COLOUR,
			DEFAULT_COLOUR);

	public Clinic {
		notifyEmails = List.copyOf(notifyEmails);
		embedOrigins = List.copyOf(embedOrigins);
	}

	public boolean isNamed() {
		return !this.name.isBlank();
	}

}
