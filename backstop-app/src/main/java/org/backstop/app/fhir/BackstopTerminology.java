package org.backstop.app.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.ValueSet;

import org.backstop.core.assessment.Medicine;
import org.backstop.core.questionnaire.Code;
import org.backstop.core.questionnaire.Instrument;
import org.backstop.core.questionnaire.Instruments;
import org.backstop.core.triage.TriageLevel;
import org.backstop.core.triage.TriageRules;

/**
 * Backstop's own codes as FHIR code systems, each with a value set of all its codes,
 * generated from the core's enums and tables so they cannot drift from what an export
 * carries.
 */
public final class BackstopTerminology {

	/** How soon to get care: the triage levels, most urgent first. */
	public static final String TRIAGE_LEVEL = "urn:backstop:triage-level";

	/** The triage rules, each a reason a level was given. */
	public static final String TRIAGE_RULE = "urn:backstop:triage-rule";

	/** The medicines a diary can log. */
	public static final String MEDICINE = "urn:backstop:medicine";

	/** What an assessment is, as a FHIR code: Backstop's red-flag triage. */
	public static final String ASSESSMENT = "urn:backstop:assessment";

	/** Instruments without a LOINC code, as the core names them. */
	public static final String INSTRUMENT = Code.BACKSTOP;

	static final String VERSION = "1";

	private BackstopTerminology() {
	}

	/** Every code system, each by its id. */
	public static List<CodeSystem> codeSystems() {
		List<CodeSystem> systems = new ArrayList<>();
		CodeSystem levels = codeSystem("triage-level", TRIAGE_LEVEL, "BackstopTriageLevel", "Backstop triage levels",
				"How soon a person should get care, most urgent first.");
		for (TriageLevel level : TriageLevel.values()) {
			levels.addConcept().setCode(level.code()).setDisplay(level.headline());
		}
		systems.add(levels);
		CodeSystem rules = codeSystem("triage-rule", TRIAGE_RULE, "BackstopTriageRule", "Backstop triage rules",
				"The red-flag and safety rules of Backstop's triage; each is a reason for a level.");
		TriageRules.ALL.stream()
			.filter((rule) -> rules.getConcept().stream().noneMatch((c) -> c.getCode().equals(rule.code())))
			.forEach((rule) -> rules.addConcept()
				.setCode(rule.code())
				.setDisplay(rule.text())
				.setDefinition(rule.criteria() + " (" + rule.sourceText() + ")"));
		systems.add(rules);
		CodeSystem medicines = codeSystem("medicine", MEDICINE, "BackstopMedicine", "Backstop medicines",
				"The pain medicines a Backstop diary can log.");
		for (Medicine medicine : Medicine.values()) {
			medicines.addConcept().setCode(medicine.code()).setDisplay(medicineName(medicine));
		}
		systems.add(medicines);
		CodeSystem assessment = codeSystem("assessment", ASSESSMENT, "BackstopAssessment", "Backstop assessments",
				"What Backstop assesses.");
		assessment.addConcept()
			.setCode("triage")
			.setDisplay("Back spasm red-flag triage")
			.setDefinition("How soon to get care for a back spasm, from its red flags, with every reason.");
		systems.add(assessment);
		CodeSystem instruments = codeSystem("instrument", INSTRUMENT, "BackstopInstrument", "Backstop instruments",
				"Questionnaires and scores that have no confirmed LOINC code.");
		for (Instrument instrument : Instruments.ALL) {
			if (!instrument.code().isLoinc()) {
				instruments.addConcept().setCode(instrument.code().code()).setDisplay(instrument.code().display());
			}
		}
		systems.add(instruments);
		return systems;
	}

	/** A value set of every code of each code system, with the same id. */
	public static List<ValueSet> valueSets() {
		return codeSystems().stream().map((system) -> {
			ValueSet set = new ValueSet();
			set.setId(system.getIdElement().getIdPart());
			set.setUrl(system.getUrl() + ":all");
			set.setVersion(VERSION);
			set.setName(system.getName() + "All");
			set.setTitle("All " + system.getTitle().toLowerCase(Locale.ROOT));
			set.setStatus(PublicationStatus.ACTIVE);
			set.setExperimental(false);
			set.setPublisher("Backstop");
			set.setDescription("Every code of " + system.getTitle() + ".");
			set.getCompose().addInclude().setSystem(system.getUrl());
			return set;
		}).toList();
	}

	public static Optional<CodeSystem> codeSystem(String id) {
		return codeSystems().stream().filter((s) -> s.getIdElement().getIdPart().equals(id)).findFirst();
	}

	public static Optional<ValueSet> valueSet(String id) {
		return valueSets().stream().filter((s) -> s.getIdElement().getIdPart().equals(id)).findFirst();
	}

	/** A coding in one of Backstop's systems, with the display the system gives it. */
	static Coding coding(String system, String code) {
		String display = codeSystems().stream()
			.filter((s) -> s.getUrl().equals(system))
			.flatMap((s) -> s.getConcept().stream())
			.filter((c) -> c.getCode().equals(code))
			.map(CodeSystem.ConceptDefinitionComponent::getDisplay)
			.findFirst()
			.orElse(null);
		return new Coding(system, code, display);
	}

	static String medicineName(Medicine medicine) {
		return switch (medicine) {
			case DICLOFENAC_GEL -> "diclofenac gel";
			case MUSCLE_RELAXANT -> "muscle relaxant";
			default -> medicine.code();
		};
	}

	private static CodeSystem codeSystem(String id, String url, String name, String title, String description) {
		CodeSystem system = new CodeSystem();
		system.setId(id);
		system.setUrl(url);
		system.setVersion(VERSION);
		system.setName(name);
		system.setTitle(title);
		system.setStatus(PublicationStatus.ACTIVE);
		system.setExperimental(false);
		system.setPublisher("Backstop");
		system.setDescription(description);
		system.setCaseSensitive(true);
		system.setValueSet(url + ":all");
		system.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
		return system;
	}

}
