package org.backstop.app.medicine;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.backstop.app.system.ProblemTexts;
import org.backstop.core.assessment.Medicine;
import org.backstop.core.careplan.DoseLimits;
import org.backstop.core.knowledge.Source;
import org.backstop.core.medicine.DoseGuard;
import org.backstop.core.medicine.DoseWarning;
import org.backstop.core.medicine.MedicineCheckResult;
import org.backstop.core.problem.Checked;
import org.backstop.core.problem.Violation;

/**
 * {@code /doses}: the medicine dose check as a plain form. Anyone may use it; nothing is
 * stored. The form becomes the same JSON the API takes and the core checks it
 * ({@link DoseGuard}), so the page and {@code POST /api/v1/medicines/check} agree on
 * every answer and every refusal.
 */
@Controller
class DosePages {

	/** Ingredients the dose guard checks, in its order. */
	static final List<String> INGREDIENTS = Arrays.stream(Medicine.values())
		.filter(Medicine::isDoseChecked)
		.map(Medicine::code)
		.toList();

	private final Clock clock;

	private final ProblemTexts problems;

	DosePages(Clock clock, ProblemTexts problems) {
		this.clock = clock;
		this.problems = problems;
	}

	@GetMapping("/doses")
	String form(Model model) {
		// Only a fresh form asks the browser for its zone; a posted one keeps the
		// person's.
		model.addAttribute("suggestZone", true);
		return page(model, DoseForm.empty(ZoneId.systemDefault()), Map.of(), null);
	}

	/**
	 * Checks the doses, or, with {@code action=add-row}, shows the same form with one row
	 * more: adding a row needs no JavaScript.
	 */
	@PostMapping("/doses")
	String check(@RequestParam MultiValueMap<String, String> fields, Locale locale, Model model) {
		boolean addRow = "add-row".equals(fields.getFirst("action"));
		DoseForm form = DoseForm.of(fields, ZoneId.systemDefault(), addRow ? 1 : 0);
		if (addRow) {
			return page(model, form, Map.of(), null);
		}
		List<Violation> pageProblems = new ArrayList<>();
		List<Integer> rowOfDose = new ArrayList<>();
		var json = form.toJson(pageProblems, rowOfDose);
		Checked<MedicineCheckResult> checked = DoseGuard.check(json, this.clock.instant());
		List<Violation> problems = new ArrayList<>(pageProblems);
		if (!checked.isValid()) {
			problems.addAll(checked.violations());
		}
		if (!problems.isEmpty()) {
			return page(model, form, errors(problems, rowOfDose, locale), null);
		}
		ZoneId zone = form.zone(null);
		List<DoseStatusView> statuses = checked.value()
			.medicines()
			.stream()
			.map((status) -> DoseStatusView.of(status, zone, locale, this.problems))
			.toList();
		model.addAttribute("sources", sources(checked.value()));
		model.addAttribute("notSure", checked.value().notSure());
		return page(model, form, Map.of(), statuses);
	}

	private String page(Model model, DoseForm form, Map<String, Problem> errors, List<DoseStatusView> results) {
		model.addAttribute("form", form);
		if (!model.containsAttribute("suggestZone")) {
			model.addAttribute("suggestZone", false);
		}
		model.addAttribute("errors", errors);
		model.addAttribute("results", results);
		model.addAttribute("ingredients", INGREDIENTS);
		model.addAttribute("historyCodes", DoseForm.HISTORY);
		return "medicine/doses";
	}

	/**
	 * The first problem of each form control, keyed by the control's id, in the order the
	 * core found them.
	 */
	private Map<String, Problem> errors(List<Violation> violations, List<Integer> rowOfDose, Locale locale) {
		Map<String, Problem> errors = new LinkedHashMap<>();
		for (Violation violation : violations) {
			String control = DoseForm.controlOf(violation.field(), rowOfDose);
			errors.putIfAbsent(control, new Problem(DoseForm.fieldOf(control), DoseForm.rowOf(control) + 1,
					this.problems.text(violation, locale)));
		}
		return errors;
	}

	/**
	 * The sources behind the limits and the warnings, each once, for the page to cite in
	 * full.
	 */
	private static List<Source> sources(MedicineCheckResult result) {
		Set<Source> sources = new LinkedHashSet<>();
		for (Medicine medicine : Medicine.values()) {
			if (medicine.isDoseChecked()) {
				DoseLimits.of(medicine).ifPresent((limit) -> sources.addAll(limit.sources()));
			}
		}
		for (var status : result.medicines()) {
			for (DoseWarning warning : status.warnings()) {
				for (Source source : Source.values()) {
					if (warning.source() != null
							&& Arrays.asList(warning.source().split(";\\s*")).contains(source.shortName())) {
						sources.add(source);
					}
				}
			}
		}
		return List.copyOf(sources);
	}

	/**
	 * A problem beside a control.
	 *
	 * @param field the form field, such as {@code mg}, for its label
	 * @param row the row from 1, or 0 for the person's own fields
	 * @param message the core's words, in the reader's language
	 */
	record Problem(String field, int row, String message) {

	}

}
