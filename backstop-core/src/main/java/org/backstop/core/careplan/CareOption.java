package org.backstop.core.careplan;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.backstop.core.assessment.AssessmentInput;
import org.backstop.core.selfcare.CareTag;
import org.backstop.core.selfcare.Dose;
import org.backstop.core.selfcare.Evidence;

/**
 * Something the plan can suggest, before it is fitted to a person.
 *
 * @param id stable snake_case name of the thing itself
 * @param section the section it belongs in
 * @param title its name
 * @param tags what it is, for contraindications
 * @param comfort whether it is a comfort measure, kept while the person seeks care
 * @param offeredWhen when it is suggested at all (before contraindications)
 * @param content what the person is told, which may depend on who they are
 */
record CareOption(String id, PlanSection section, String title, Set<CareTag> tags, boolean comfort,
		Predicate<PlanContext> offeredWhen, Function<AssessmentInput, Content> content) {

	CareOption {
		tags = Set.copyOf(tags);
	}

	/**
	 * What an option says.
	 *
	 * @param whatToDo what to do
	 * @param dose how much
	 * @param why the evidence
	 * @param cautions what to watch
	 */
	record Content(String whatToDo, Dose dose, Evidence why, List<String> cautions) {

		Content {
			cautions = List.copyOf(cautions);
		}

	}

}
