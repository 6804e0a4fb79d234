package org.backstop.app.system;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.ServerBaseUrlCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.backstop.core.assessment.AssessmentContract;
import org.backstop.core.assessment.ContractField;
import org.backstop.core.json.JsonFields;
import org.backstop.core.medicine.MedicineCheckContract;

/**
 * Adds to the generated OpenAPI description what the contract's reader enforces but the
 * Java types cannot say: required fields, ranges, codes, "not sure", and that unknown
 * fields are rejected. All of it comes from the contracts' declarations
 * ({@link AssessmentContract}, {@link MedicineCheckContract}), as the readers do.
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
		return (openApi) -> describe(openApi.getComponents().getSchemas(), "AssessmentInput",
				AssessmentContract.FIELDS);
	}

	@Bean
	OpenApiCustomizer medicineCheckContract() {
		return (openApi) -> describe(openApi.getComponents().getSchemas(), "MedicineCheckRequest",
				MedicineCheckContract.FIELDS);
	}

	/**
	 * Describes each declared field in the schema generated from the Java types, starting
	 * at {@code root} and following each object's reference: its range, codes, length or
	 * size, whether it is required and whether it takes "not sure". Every object is
	 * closed: the reader rejects unknown fields.
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void describe(Map<String, Schema> schemas, String root, List<ContractField<?>> contract) {
		Map<String, Schema> objects = new HashMap<>();
		objects.put("", schemas.get(root));
		closed(schemas.get(root), requiredIn(contract, ""));
		for (ContractField<?> field : contract) {
			Schema owner = objects.get(field.objectPath());
			if (owner == null) {
				continue;
			}
			Schema property = property(owner, field.name());
			if (property == null && field.kind() == ContractField.Kind.CODES) {
				// A list the Java type keeps elsewhere, such as the codes not sure about.
				property = new ArraySchema().items(new StringSchema());
				owner.getProperties().put(field.name(), property);
			}
			if (property == null) {
				continue;
			}
			switch (field.kind()) {
				case WHOLE_NUMBER -> {
					property.setMinimum(BigDecimal.valueOf(field.min()));
					property.setMaximum(BigDecimal.valueOf(field.max()));
				}
				case CODE -> property.setEnum(codes(field));
				case CODES -> property.getItems().setEnum(codes(field));
				case TEXT -> property.setMaxLength(field.max());
				case OBJECT -> {
					Schema object = referenced(schemas, property);
					objects.put(field.innerPath(), object);
					closed(object, requiredIn(contract, field.innerPath()));
				}
				case OBJECTS -> {
					property.setMaxItems(field.max());
					Schema object = referenced(schemas, property.getItems());
					objects.put(field.innerPath(), object);
					closed(object, requiredIn(contract, field.innerPath()));
				}
				case YES_NO, DATE_TIME -> {
				}
			}
			if (field.description() != null) {
				property.setDescription(field.description());
			}
			if (field.acceptsNotSure() && field.kind() != ContractField.Kind.CODE) {
				owner.getProperties().put(field.name(), orNotSure(property));
			}
		}
	}

	/** The codes allowed, then "not sure" where the field takes it. */
	private static List<String> codes(ContractField<?> field) {
		List<String> codes = new ArrayList<>(field.codes());
		if (field.acceptsNotSure()) {
			codes.add(JsonFields.NOT_SURE);
		}
		return codes;
	}

	/** A number or a yes or no that may also be "not sure". */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema orNotSure(Schema<?> property) {
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
		return either;
	}

	private static List<String> requiredIn(List<ContractField<?>> contract, String objectPath) {
		return contract.stream()
			.filter((field) -> field.objectPath().equals(objectPath) && field.required())
			.map(ContractField::name)
			.toList();
	}

	@SuppressWarnings("rawtypes")
	private static Schema referenced(Map<String, Schema> schemas, Schema<?> property) {
		if (property == null || property.get$ref() == null) {
			return property;
		}
		return schemas.get(property.get$ref().substring(property.get$ref().lastIndexOf('/') + 1));
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

	private static Schema<?> property(Schema<?> schema, String name) {
		return (schema == null || schema.getProperties() == null) ? null : schema.getProperties().get(name);
	}

}
