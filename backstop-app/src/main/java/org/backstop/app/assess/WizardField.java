package org.backstop.app.assess;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.backstop.core.assessment.Question;
import org.backstop.core.json.JsonFields;

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

	/** The answer of a person who cannot say, as the contract takes it. */
	public static final String NOT_SURE = JsonFields.NOT_SURE;

	/** How the field of the codes a person is not sure about is named after its list. */
	static final String NOT_SURE_LIST_SUFFIX = "NotSure";

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

	/**
	 * Whether the contract takes "not sure" for this single answer: the core names every
	 * such question, so a new one is offered here without a change.
	 */
	public boolean acceptsNotSure() {
		return Arrays.stream(Question.values()).anyMatch((question) -> question.code().equals(this.name));
	}

	/**
	 * The radio buttons of a single choice: its codes, then "not sure" where the contract
	 * takes it.
	 */
	public List<String> choices() {
		if (this.kind == Kind.CODES || !acceptsNotSure()) {
			return this.codes;
		}
		List<String> choices = new ArrayList<>(this.codes);
		choices.add(NOT_SURE);
		return List.copyOf(choices);
	}

	/**
	 * The field of the codes a person is not sure about, beside a list of codes:
	 * {@code symptomsNotSure} beside {@code symptoms}.
	 */
	public String notSureList() {
		return this.name + NOT_SURE_LIST_SUFFIX;
	}

	/** Whether this field holds the codes a person is not sure about. */
	boolean isNotSureList() {
		return this.kind == Kind.CODES && this.name.endsWith(NOT_SURE_LIST_SUFFIX);
	}

	/**
	 * For a list of codes a person is not sure about, the list of the codes they have.
	 */
	String knownList() {
		return this.name.substring(0, this.name.length() - NOT_SURE_LIST_SUFFIX.length());
	}

}
