package org.backstop.app.system;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.ServerBaseUrlCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.backstop.core.assessment.AssessmentReader;
import org.backstop.core.assessment.Medicine;
import org.backstop.core.assessment.Question;
import org.backstop.core.exercise.Activities;
import org.backstop.core.json.JsonFields;
import org.backstop.core.medicine.MedicineCheckReader;

/**
 * Adds to the generated OpenAPI description what the contract's reader enforces but the
 * Java types cannot say: required fields, ranges, and that unknown fields are rejected.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiContract {

	/**
	 * The server the description names is the public address, not the one the request's
	 * Host header made up.
	 */
	@Bean
	ServerBaseUrlCustomizer publicServer(PublicAddress address) {
		return (fromRequest, request) -> address.of("");
	}

	@Bean
	OpenApiCustomizer assessmentContract() {
		return (openApi) -> {
			Map<String, Schema> schemas = openApi.getComponents().getSchemas();
			closed(schemas.get("AssessmentInput"), List.of("age", "sex", "pain"));
			range(schemas.get("AssessmentInput"), "age", 0, 120);
			range(schemas.get("AssessmentInput"), "pregnancyWeeks", 0, 45);
			closed(schemas.get("Pain"), List.of("intensity", "region", "durationDays"));
			range(schemas.get("Pain"), "intensity", 0, 10);
			range(schemas.get("Pain"), "durationDays", 0, AssessmentReader.MAX_DURATION_DAYS);
			range(schemas.get("Pain"), "spasmsPerWeek", 0, AssessmentReader.MAX_SPASMS_PER_WEEK);
			range(schemas.get("Pain"), "legSymptomsDays", 0, AssessmentReader.MAX_DURATION_DAYS);
			closed(schemas.get("PhysicalFunction"), List.of());
			closed(schemas.get("SelfCare"), List.of());
			range(schemas.get("SelfCare"), "weeksTried", 0, AssessmentReader.MAX_WEEKS_TRIED);
			closed(schemas.get("Preferences"), List.of());
			range(schemas.get("Preferences"), "weightKg", AssessmentReader.MIN_WEIGHT_KG,
					AssessmentReader.MAX_WEIGHT_KG);
			for (String list : List.of("likes", "dislikes")) {
				Schema<?> property = property(schemas.get("Preferences"), list);
				if (property != null && property.getItems() != null) {
					enumerate(property.getItems(), Activities.codes());
				}
			}
			notSure(schemas);
		};
	}

	/**
	 * Every question of {@link Question} also accepts "not sure", and two lists name the
	 * symptom and history codes the person is not sure about.
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void notSure(Map<String, Schema> schemas) {
		Map<String, String> objects = Map.of("pain", "Pain", "function", "PhysicalFunction", "selfCare", "SelfCare");
		for (Question question : Question.values()) {
			String[] path = question.code().split("\\.");
			Schema<?> owner = (path.length == 1) ? schemas.get("AssessmentInput") : schemas.get(objects.get(path[0]));
			String name = path[path.length - 1];
			Schema property = property(owner, name);
			if (property == null) {
				continue;
			}
			if (property.getEnum() != null) {
				List<Object> values = new ArrayList<>(property.getEnum());
				values.add(JsonFields.NOT_SURE);
				property.setEnum(values);
			}
			else if (property.get$ref() != null) {
				Schema referenced = schemas.get(property.get$ref().substring(property.get$ref().lastIndexOf('/') + 1));
				if (referenced != null && referenced.getEnum() != null
						&& !referenced.getEnum().contains(JsonFields.NOT_SURE)) {
					List<Object> values = new ArrayList<>(referenced.getEnum());
					values.add(JsonFields.NOT_SURE);
					referenced.setEnum(values);
				}
			}
			else {
				Schema notSure = new StringSchema()._enum(List.of(JsonFields.NOT_SURE));
				Schema known = new Schema<>();
				known.setType(property.getType());
				known.setTypes(property.getTypes());
				known.setMinimum(property.getMinimum());
				known.setMaximum(property.getMaximum());
				known.setFormat(property.getFormat());
				Schema either = new Schema<>();
				either.setAnyOf(List.of(known, notSure));
				either.setDescription("the answer, or \"" + JsonFields.NOT_SURE
						+ "\" when the person cannot say: read as the most urgent known answer");
				owner.getProperties().put(name, either);
			}
		}
		Schema<?> input = schemas.get("AssessmentInput");
		if (input != null && input.getProperties() != null) {
			for (String list : List.of("symptoms", "history")) {
				Schema<?> known = property(input, list);
				if (known != null) {
					Schema notSureList = new ArraySchema().items(known.getItems());
					notSureList
						.setDescription("codes the person is not sure about, read as present; a code may not be in "
								+ list + " as well");
					input.getProperties().put(list + "NotSure", notSureList);
				}
			}
		}
	}

	@Bean
	OpenApiCustomizer medicineCheckContract() {
		return (openApi) -> {
			Map<String, Schema> schemas = openApi.getComponents().getSchemas();
			Schema<?> request = schemas.get("MedicineCheckRequest");
			closed(request, List.of("age"));
			range(request, "age", 0, 120);
			range(request, "weightKg", AssessmentReader.MIN_WEIGHT_KG, AssessmentReader.MAX_WEIGHT_KG);
			range(request, "pregnancyWeeks", 0, 45);
			Schema<?> doses = property(request, "doses");
			if (doses != null) {
				doses.setMaxItems(MedicineCheckReader.MAX_DOSES);
			}
			Schema<?> dose = schemas.get("TakenDose");
			closed(dose, List.of("medicine", "mg", "takenAt"));
			range(dose, "mg", 1, MedicineCheckReader.MAX_DOSE_MG);
			Schema<?> medicine = property(dose, "medicine");
			if (medicine != null) {
				enumerate(medicine,
						Arrays.stream(Medicine.values()).filter(Medicine::isDoseChecked).map(Medicine::code).toList());
			}
			Schema<?> product = property(dose, "product");
			if (product != null) {
				product.setMaxLength(MedicineCheckReader.MAX_PRODUCT_LENGTH);
			}
		};
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void closed(Schema schema, List<String> required) {
		if (schema != null) {
			schema.setAdditionalProperties(false);
			if (!required.isEmpty()) {
				schema.setRequired(required);
			}
		}
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void enumerate(Schema schema, List<String> values) {
		schema.setEnum(List.copyOf(values));
	}

	private static void range(Schema<?> schema, String name, int min, int max) {
		Schema<?> property = property(schema, name);
		if (property != null) {
			property.setMinimum(BigDecimal.valueOf(min));
			property.setMaximum(BigDecimal.valueOf(max));
		}
	}

	private static Schema<?> property(Schema<?> schema, String name) {
		return (schema == null || schema.getProperties() == null) ? null : schema.getProperties().get(name);
	}

}
