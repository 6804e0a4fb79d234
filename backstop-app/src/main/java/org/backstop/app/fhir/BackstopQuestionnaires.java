package org.backstop.app.fhir;

import java.util.List;
import java.util.Optional;

import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Enumerations.ResourceType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;

import org.backstop.core.questionnaire.Instrument;
import org.backstop.core.questionnaire.Instruments;
import org.backstop.core.questionnaire.Item;

/**
 * One FHIR Questionnaire per instrument, generated from the core's definition: each item
 * a whole number with its range, required unless the instrument may be scored with items
 * left out. Licensed wording stays out, as in the core: such items carry only the
 * paraphrase of their topic.
 */
public final class BackstopQuestionnaires {

	/** The canonical address of Backstop's questionnaires, followed by the id. */
	static final String BASE = "urn:backstop:questionnaire:";

	private static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";

	private static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";

	private BackstopQuestionnaires() {
	}

	public static List<Questionnaire> all() {
		return Instruments.ALL.stream().map(BackstopQuestionnaires::of).toList();
	}

	public static Optional<Questionnaire> byId(String id) {
		return all().stream().filter((q) -> q.getIdElement().getIdPart().equals(id)).findFirst();
	}

	/** The FHIR id of an instrument: its id with hyphens, as FHIR ids allow no "_". */
	static String idOf(Instrument instrument) {
		return instrument.id().replace('_', '-');
	}

	/** The canonical address of an instrument's Questionnaire. */
	static String urlOf(Instrument instrument) {
		return BASE + idOf(instrument);
	}

	static Questionnaire of(Instrument instrument) {
		Questionnaire questionnaire = new Questionnaire();
		questionnaire.setId(idOf(instrument));
		questionnaire.setUrl(urlOf(instrument));
		questionnaire.setVersion(BackstopTerminology.VERSION);
		questionnaire.setName("Backstop" + computableName(instrument.id()));
		questionnaire.setTitle(instrument.name());
		questionnaire.setStatus(PublicationStatus.ACTIVE);
		questionnaire.setExperimental(false);
		questionnaire.setPublisher("Backstop");
		questionnaire.setDescription(instrument.name() + ", as Backstop asks or records it. Scored from "
				+ instrument.min() + " to " + instrument.max() + "; a higher score is worse.");
		questionnaire.setCopyright(instrument.licence());
		questionnaire.addSubjectType(ResourceType.PATIENT.toCode());
		for (Item item : instrument.items()) {
			Questionnaire.QuestionnaireItemComponent question = questionnaire.addItem()
				.setLinkId(item.id())
				.setText(item.text() + " (" + item.answers() + ")")
				.setType(QuestionnaireItemType.INTEGER)
				.setRequired(instrument.mayBeLeftOut() == 0)
				.setRepeats(false);
			question.addExtension(MIN_VALUE, new IntegerType(item.min()));
			question.addExtension(MAX_VALUE, new IntegerType(item.max()));
			for (int answer = item.min(); answer <= item.max(); answer++) {
				question.addAnswerOption().setValue(new IntegerType(answer));
			}
		}
		return questionnaire;
	}

	private static String computableName(String id) {
		StringBuilder name = new StringBuilder();
		for (String part : id.split("_")) {
			name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
		}
		return name.toString();
	}

}
