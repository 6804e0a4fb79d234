package org.backstop.app.assessment;

import java.util.ArrayList;
import java.util.List;

import org.backstop.core.assessment.ContractField;
import org.backstop.core.json.JsonFields;

/**
 * One question of the wizard: a field of the contract as its declaration says (kind,
 * codes, range, "not sure"), with the message key group of its labels.
 *
 * @param name the contract field path, also the form input's name
 * @param kind how it is asked and how its answer goes into the JSON
 * @param labels the message key group of its codes ({@code assess.code.<labels>.<code>}),
 * or {@code null}
 * @param codes the codes that may be chosen, empty for numbers
 * @param contract the contract's declaration of the field, or {@code null} for a question
 * of the wizard's own
 */
public record WizardField(String name, Kind kind, String labels, List<String> codes, ContractField<?> contract) {

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
		YES_NO,
		/**
		 * A small group of warning signs, answered as one: {@code none}, {@code not_sure}
		 * (every sign of the group read as present), or the one sign the person has.
		 */
		SIGNS,
		/**
		 * A topic of the last step's signs or conditions asked first as one question:
		 * {@code yes} (its list opens, to tick which), {@code no}, or {@code not_sure}
		 * (each of its codes not ticked as had is read as present, the cautious way).
		 */
		GROUP

	}

	/** The answer to a group of warning signs when the person has none of them. */
	static final String NONE = "none";

	/**
	 * The start of the answer "not sure" about one sign of a group, asked one by one:
	 * {@code not_sure:chest_pain}.
	 */
	static final String NOT_SURE_OF = "not_sure:";

	/** The answer "not sure" about this one sign of a group. */
	static String notSureOf(String code) {
		return NOT_SURE_OF + code;
	}

	/** A group of warning signs asked as one question, under the wizard's own name. */
	static WizardField signs(String name, List<String> codes) {
		return new WizardField(name, Kind.SIGNS, "symptom", List.copyOf(codes), null);
	}

	/** The answers to a topic's question. */
	static final String YES = "yes";

	static final String NO = "no";

	/** The prefix of a topic's question: {@code group.bladder}. */
	static final String GROUP_PREFIX = "group.";

	/**
	 * A topic's question, with the codes of the list it opens.
	 * @param topic the message key part of the topic ({@code assess.group.<topic>})
	 * @param list the contract's list its codes belong to ({@code symptoms} or
	 * {@code history})
	 */
	static WizardField group(String topic, String list) {
		return new WizardField(GROUP_PREFIX + topic, Kind.GROUP, list, List.of(YES, NO, NOT_SURE), null);
	}

	/** For a topic's question, its topic: {@code bladder}. */
	public String topic() {
		return this.name.substring(GROUP_PREFIX.length());
	}

	/** Asks for a number or a yes or no, as the contract declares it. */
	static WizardField ask(ContractField<?> field) {
		return ask(field, null);
	}

	/** Asks for a field, with the labels of its codes in this message key group. */
	static WizardField ask(ContractField<?> field, String labels) {
		return switch (field.kind()) {
			case WHOLE_NUMBER -> new WizardField(field.path(), Kind.NUMBER, labels, List.of(), field);
			case YES_NO -> new WizardField(field.path(), Kind.YES_NO, labels, List.of("true", "false"), field);
			case CODE -> new WizardField(field.path(), Kind.CODE, labels, field.codes(), field);
			case CODES -> new WizardField(field.path(), Kind.CODES, labels, field.codes(), field);
			default -> throw new IllegalArgumentException(field.path() + " is not asked in the wizard");
		};
	}

	/**
	 * Whether this is a single answer the contract requires, so that leaving it
	 * unanswered is asked again in the question's own words, once.
	 */
	boolean isRequiredChoice() {
		return this.kind == Kind.SIGNS
				|| ((this.kind == Kind.CODE || this.kind == Kind.YES_NO || this.kind == Kind.NUMBER)
						&& this.contract != null && this.contract.required());
	}

	/** Whether it is answered with codes the form offers (one, or any number). */
	boolean isChoiceOfCodes() {
		return this.kind == Kind.CODE || this.kind == Kind.CODES || this.kind == Kind.SIGNS || this.kind == Kind.GROUP;
	}

	/** The least number the contract takes, for a number. */
	public int min() {
		return (this.contract != null) ? this.contract.min() : 0;
	}

	/** The greatest number the contract takes, for a number. */
	public int max() {
		return (this.contract != null) ? this.contract.max() : 0;
	}

	/** The id of its input (or first input), for labels and error links. */
	public String id() {
		String base = this.name.replace('.', '-');
		return (this.codes.isEmpty()) ? base : base + "-" + this.codes.get(0);
	}

	/**
	 * Whether the contract takes "not sure" for this single answer, as its declaration
	 * says, so a new one is offered here without a change.
	 */
	public boolean acceptsNotSure() {
		return this.contract != null && this.contract.acceptsNotSure();
	}

	/**
	 * The radio buttons of a single choice: its codes, then "not sure" where the contract
	 * takes it.
	 */
	public List<String> choices() {
		if (this.kind == Kind.SIGNS) {
			List<String> choices = new ArrayList<>(this.codes);
			this.codes.forEach((code) -> choices.add(notSureOf(code)));
			choices.add(NONE);
			choices.add(NOT_SURE);
			return List.copyOf(choices);
		}
		if (this.kind == Kind.CODES || this.kind == Kind.GROUP || !acceptsNotSure()) {
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
