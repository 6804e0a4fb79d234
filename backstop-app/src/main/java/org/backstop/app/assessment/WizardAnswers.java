package org.backstop.app.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpSession;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.backstop.core.assessment.AssessmentInput;
import org.backstop.core.assessment.AssessmentJson;

/**
 * The answers given so far, as typed, kept in the session between steps so that Back and
 * Next never lose them, even when they are not valid yet. Only plain strings go into the
 * session, which may be stored in the database.
 */
public final class WizardAnswers {

	static final String ATTRIBUTE = "BACKSTOP_WIZARD_ANSWERS";

	private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,9}");

	/** Longest answer kept: no field of the contract needs more. */
	private static final int MAX_LENGTH = 40;

	/** Most answers kept for one field: more than any list of codes holds. */
	private static final int MAX_VALUES = 64;

	private final HashMap<String, ArrayList<String>> values;

	private WizardAnswers(HashMap<String, ArrayList<String>> values) {
		this.values = values;
	}

	@SuppressWarnings("unchecked")
	static WizardAnswers of(HttpSession session) {
		Object kept = (session != null) ? session.getAttribute(ATTRIBUTE) : null;
		return new WizardAnswers(
				(kept instanceof HashMap<?, ?> map) ? (HashMap<String, ArrayList<String>>) map : new HashMap<>());
	}

	void keep(HttpSession session) {
		session.setAttribute(ATTRIBUTE, this.values);
	}

	static void forget(HttpSession session) {
		session.removeAttribute(ATTRIBUTE);
	}

	/**
	 * Replaces the answers of one step with what its form sent: a checkbox left unticked
	 * is absent from the form, so the step's old answers go first.
	 */
	void replace(WizardStep step, Map<String, String[]> form) {
		for (WizardField field : step.fields()) {
			this.values.remove(field.name());
			String[] sent = form.get(field.name());
			if (sent == null) {
				continue;
			}
			ArrayList<String> kept = new ArrayList<>();
			for (String value : sent) {
				String trimmed = value.strip();
				// An unknown code is kept, not dropped, so that the core rejects it by
				// name.
				if (!trimmed.isEmpty() && trimmed.length() <= MAX_LENGTH && kept.size() < MAX_VALUES
						&& !kept.contains(trimmed)) {
					kept.add(trimmed);
				}
			}
			if (!kept.isEmpty()) {
				this.values.put(field.name(), kept);
			}
		}
	}

	/** The single answer to a field, or the empty string. */
	public String value(String field) {
		List<String> given = this.values.get(field);
		return (given == null || given.isEmpty()) ? "" : given.get(0);
	}

	/**
	 * What was typed in a number's box, or the empty string: its "not sure" box sends its
	 * own value under the same name.
	 */
	public String typed(String field) {
		List<String> given = this.values.get(field);
		return (given == null) ? ""
				: given.stream().filter((value) -> !value.equals(WizardField.NOT_SURE)).findFirst().orElse("");
	}

	/** Whether the answer to a field is, or includes, this code. */
	public boolean has(String field, String code) {
		List<String> given = this.values.get(field);
		return given != null && given.contains(code);
	}

	/** Every answer to a field, as sent. */
	List<String> values(String field) {
		return this.values.getOrDefault(field, new ArrayList<>());
	}

	boolean answered(String field) {
		return this.values.containsKey(field);
	}

	/**
	 * The contract version 1 JSON of every answer given. A number that is not a whole
	 * number goes in as text, so that the core names the field; weeks of pregnancy count
	 * only with a "yes" to being pregnant, so changing that answer does not leave a stale
	 * number behind. A number's "not sure" box, when ticked, wins over what is typed
	 * beside it: it is the more careful reading. A code ticked both as had and as "not
	 * sure" counts as had.
	 */
	ObjectNode toJson() {
		ObjectNode root = AssessmentJson.mapper().createObjectNode();
		WizardStep.allFields().forEach((field) -> {
			boolean exactDays = field.name().equals("pain.durationDays") && answered(DURATION_EXACT);
			if ((!answered(field.name()) && !exactDays) || field.name().equals(WizardStep.NO_SYMPTOMS)
					|| field.kind() == WizardField.Kind.SIGNS || field.kind() == WizardField.Kind.GROUP
					|| field.name().equals(DURATION_EXACT)
					|| (field.name().equals("pregnancyWeeks") && !has("pregnant", "true"))
					|| (field.name().startsWith("pregnan") && !pregnancyCanApply())) {
				return;
			}
			ObjectNode parent = root;
			String[] path = field.name().split("\\.");
			for (int i = 0; i < path.length - 1; i++) {
				parent = (parent.get(path[i]) instanceof ObjectNode child) ? child : parent.putObject(path[i]);
			}
			String name = path[path.length - 1];
			String value = value(field.name());
			switch (field.kind()) {
				case CODE -> parent.put(name, value);
				case CODES -> {
					List<String> codes = new ArrayList<>(this.values.get(field.name()));
					if (field.isNotSureList() && this.values.containsKey(field.knownList())) {
						codes.removeAll(this.values.get(field.knownList()));
					}
					if (!codes.isEmpty()) {
						ArrayNode array = parent.putArray(name);
						codes.forEach(array::add);
					}
				}
				case NUMBER -> {
					// An exact number of days, when typed, wins over the quick choice.
					String typed = (field.name().equals("pain.durationDays") && !typed(DURATION_EXACT).isEmpty())
							? typed(DURATION_EXACT) : typed(field.name());
					if (field.acceptsNotSure() && has(field.name(), WizardField.NOT_SURE)) {
						parent.put(name, WizardField.NOT_SURE);
					}
					else if (WHOLE_NUMBER.matcher(typed).matches()) {
						parent.put(name, Integer.parseInt(typed));
					}
					else if (!typed.isEmpty()) {
						parent.put(name, typed);
					}
				}
				// "true" and "false" are the answers; anything else, "not sure" included,
				// goes in as sent, for the core to take or to name.
				case SIGNS, GROUP -> {
				}
				case YES_NO -> {
					if (value.equals("true") || value.equals("false")) {
						parent.put(name, Boolean.parseBoolean(value));
					}
					else {
						parent.put(name, value);
					}
				}
			}
		});
		addSigns(root);
		addTopics(root);
		return root;
	}

	/**
	 * A "not sure" to a topic of the last step puts each of its codes not ticked as had
	 * into the contract's list of codes not sure, read the cautious way as present. A
	 * "no" takes nothing away: a code still ticked counts (the page's script unticks a
	 * topic's list on "no"), so that a blank or a slip never switches a sign off.
	 */
	private void addTopics(ObjectNode root) {
		List<WizardField> topics = new ArrayList<>(WizardStep.signTopics());
		topics.add(WizardStep.historyTopic());
		for (WizardField topic : topics) {
			if (!has(topic.name(), WizardField.NOT_SURE) || !topicApplies(topic)) {
				continue;
			}
			String list = topic.labels();
			for (String code : WizardStep.codesOf(topic)) {
				if (!has(list, code)) {
					addCode(root, list + WizardField.NOT_SURE_LIST_SUFFIX, code);
				}
			}
		}
	}

	/**
	 * Whether a topic is asked of this person: the pregnancy signs only where they can
	 * apply.
	 */
	public boolean topicApplies(WizardField topic) {
		return !topic.topic().equals("pregnancy") || pregnancyCanApply();
	}

	/** Whether any code of a topic's list is ticked, as had or as not sure. */
	public boolean anyTicked(WizardField topic) {
		String list = topic.labels();
		return WizardStep.codesOf(topic)
			.stream()
			.anyMatch((code) -> has(list, code) || has(list + WizardField.NOT_SURE_LIST_SUFFIX, code));
	}

	/**
	 * The answers to the first steps' groups of warning signs go into the contract's
	 * lists: the one sign had into {@code symptoms}; "not sure" about one sign, asked one
	 * by one, as that sign into {@code symptomsNotSure}; "not sure which" as every sign
	 * of its group there; each read the cautious way as present.
	 */
	private void addSigns(ObjectNode root) {
		for (WizardStep step : WizardStep.signSteps()) {
			WizardField field = step.fields().get(0);
			String answer = value(field.name());
			if (answer.isEmpty() || answer.equals(WizardField.NONE)) {
				continue;
			}
			if (answer.equals(WizardField.NOT_SURE)) {
				field.codes().forEach((code) -> addCode(root, "symptomsNotSure", code));
			}
			else if (answer.startsWith(WizardField.NOT_SURE_OF)) {
				addCode(root, "symptomsNotSure", answer.substring(WizardField.NOT_SURE_OF.length()));
			}
			else {
				addCode(root, "symptoms", answer);
			}
		}
		// A code had wins over the same code not sure, as on the last step.
		if (root.get("symptoms") instanceof ArrayNode had && root.get("symptomsNotSure") instanceof ArrayNode unsure) {
			for (int i = unsure.size() - 1; i >= 0; i--) {
				for (var code : had) {
					if (code.asString().equals(unsure.get(i).asString())) {
						unsure.remove(i);
						break;
					}
				}
			}
			if (unsure.isEmpty()) {
				root.remove("symptomsNotSure");
			}
		}
	}

	private static void addCode(ObjectNode root, String list, String code) {
		ArrayNode array = (root.get(list) instanceof ArrayNode existing) ? existing : root.putArray(list);
		for (var present : array) {
			if (present.asString().equals(code)) {
				return;
			}
		}
		array.add(code);
	}

	/**
	 * Whether the answer to a group of warning signs on the first steps is a "yes" or a
	 * "not sure": the wizard then goes straight to the result.
	 */
	boolean warningSignGiven(WizardStep step) {
		if (!step.asksSigns()) {
			return false;
		}
		String answer = value(step.fields().get(0).name());
		return !answer.isEmpty() && !answer.equals(WizardField.NONE);
	}

	/**
	 * The JSON of the answers given so far, at a warning sign that ends the wizard early:
	 * what the contract requires and was not asked yet is filled with the plainest
	 * answers, which on their own set off no rule, so that the level comes from the sign
	 * (a test checks each sign of the first steps gives its level whatever these are).
	 * The result page says it was made from the warning sign alone and hides what these
	 * would colour: how bad it is and the plan.
	 */
	ObjectNode toJsonAtAWarningSign() {
		ObjectNode root = toJson();
		if (!root.has("age") || !(root.get("age").isNumber())) {
			root.put("age", UNKNOWN_AGE);
		}
		if (!root.has("sex")) {
			root.put("sex", "male");
		}
		ObjectNode pain = (root.get("pain") instanceof ObjectNode given) ? given : root.putObject("pain");
		if (!pain.has("intensity") || !pain.get("intensity").isNumber()) {
			pain.put("intensity", 0);
		}
		if (!pain.has("region")) {
			pain.put("region", "lower_back");
		}
		if (!pain.has("durationDays") || !pain.get("durationDays").isNumber()) {
			pain.put("durationDays", 0);
		}
		return root;
	}

	/**
	 * The first step with a required answer missing, where adding the rest of the answers
	 * begins; the step about the pain when none is.
	 */
	WizardStep firstUnansweredStep() {
		for (WizardStep step : WizardStep.values()) {
			if (step.fields().stream().anyMatch((field) -> field.isRequiredChoice() && !answered(field.name()))) {
				return step;
			}
		}
		return WizardStep.THE_PAIN;
	}

	/** The age put in at a warning sign before the age was asked: an adult's. */
	static final int UNKNOWN_AGE = 40;

	/**
	 * Whether a pregnancy question can apply: not for a man, nor outside the ages at
	 * which the core reads a blank answer as a possible pregnancy; asked while unknown.
	 */
	public boolean pregnancyCanApply() {
		if (has("sex", "male")) {
			return false;
		}
		String age = typed("age");
		if (!WHOLE_NUMBER.matcher(age).matches()) {
			return true;
		}
		int years = Integer.parseInt(age);
		return years >= AssessmentInput.YOUNGEST_POSSIBLE_PREGNANCY
				&& years <= AssessmentInput.OLDEST_POSSIBLE_PREGNANCY;
	}

	/** The optional exact number of days beside the quick choices of how long. */
	static final String DURATION_EXACT = "durationExact";

}
