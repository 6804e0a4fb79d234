package org.backstop.app.assess;

import java.util.List;

/**
 * One question of the wizard, named by its contract field path.
 *
 * @param name the contract field path, also the form input's name
 * @param kind how it is asked and how its answer goes into the JSON
 * @param labels the message key group of its codes ({@code assess.code.<labels>.<code>}),
 * or {@code null}
 * @param codes the codes that may be chosen, empty for numbers and yes/no questions
 */
public record WizardField(String name, Kind kind, String labels, List<String> codes) {

	public enum Kind {

		/** One code, as radio buttons. */
		CODE,
		/** Any number of codes, as checkboxes. */
		CODES,
		/** A whole number. */
		NUMBER,
		/** Yes or no. */
		YES_NO

	}

	static WizardField number(String name) {
		return new WizardField(name, Kind.NUMBER, null, List.of());
	}

	static WizardField yesNo(String name) {
		return new WizardField(name, Kind.YES_NO, null, List.of("true", "false"));
	}

	/** The id of its input (or first input), for labels and error links. */
	public String id() {
		String base = this.name.replace('.', '-');
		return (this.codes.isEmpty()) ? base : base + "-" + this.codes.get(0);
	}

}
