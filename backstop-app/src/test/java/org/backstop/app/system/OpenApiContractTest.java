package org.backstop.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.ApiTest;
import org.backstop.app.Http;
import org.backstop.core.assessment.AssessmentContract;
import org.backstop.core.assessment.ContractField;
import org.backstop.core.json.JsonFields;
import org.backstop.core.medicine.MedicineCheckContract;

/**
 * The served API description says of every declared field of a contract what its reader
 * enforces: the same range, codes, length, size, presence and "not sure". It walks the
 * declarations, so a field added or changed later is checked too.
 */
@ApiTest
class OpenApiContractTest {

	@LocalServerPort
	int port;

	@Test
	void theAssessmentIsDescribedAsItsReaderReadsIt() {
		assertDescribed(schemas(), "AssessmentInput", AssessmentContract.FIELDS);
	}

	@Test
	void theMedicineCheckIsDescribedAsItsReaderReadsIt() {
		assertDescribed(schemas(), "MedicineCheckRequest", MedicineCheckContract.FIELDS);
	}

	private JsonNode schemas() {
		return Http.json(new Http(this.port).get("/v3/api-docs")).get("components").get("schemas");
	}

	private static void assertDescribed(JsonNode schemas, String root, List<ContractField<?>> contract) {
		Map<String, JsonNode> objects = new HashMap<>();
		objects.put("", schemas.get(root));
		for (ContractField<?> field : contract) {
			JsonNode owner = objects.get(field.objectPath());
			assertThat(owner).as("the object holding " + field.path()).isNotNull();
			JsonNode property = owner.get("properties").get(field.name());
			assertThat(property).as(field.path()).isNotNull();
			assertThat(texts(owner.get("required"))).as(field.path() + " required")
				.matches((required) -> required.contains(field.name()) == field.required());
			JsonNode known = property;
			if (field.acceptsNotSure() && field.kind() != ContractField.Kind.CODE) {
				assertThat(texts(property.get("anyOf").get(1).get("enum"))).as(field.path())
					.containsExactly(JsonFields.NOT_SURE);
				known = property.get("anyOf").get(0);
			}
			else {
				assertThat(property.has("anyOf")).as(field.path() + " takes no \"not sure\"").isFalse();
			}
			switch (field.kind()) {
				case WHOLE_NUMBER -> {
					assertThat(known.get("minimum").intValue()).as(field.path()).isEqualTo(field.min());
					assertThat(known.get("maximum").intValue()).as(field.path()).isEqualTo(field.max());
				}
				case YES_NO -> assertThat(known.get("type").stringValue()).as(field.path()).isEqualTo("boolean");
				case CODE -> {
					List<String> codes = new ArrayList<>(field.codes());
					if (field.acceptsNotSure()) {
						codes.add(JsonFields.NOT_SURE);
					}
					assertThat(texts(known.get("enum"))).as(field.path()).containsExactlyElementsOf(codes);
				}
				case CODES -> assertThat(texts(known.get("items").get("enum"))).as(field.path())
					.containsExactlyElementsOf(field.codes());
				case DATE_TIME -> assertThat(known.get("format").stringValue()).as(field.path()).isEqualTo("date-time");
				case TEXT -> assertThat(known.get("maxLength").intValue()).as(field.path()).isEqualTo(field.max());
				case OBJECT -> objects.put(field.innerPath(), referenced(schemas, known));
				case OBJECTS -> {
					assertThat(known.get("maxItems").intValue()).as(field.path()).isEqualTo(field.max());
					objects.put(field.innerPath(), referenced(schemas, known.get("items")));
				}
			}
		}
		// Every object is closed, and says no more fields than the reader takes.
		objects.forEach((path, object) -> {
			assertThat(object.get("additionalProperties").booleanValue()).as(path).isFalse();
			assertThat(object.get("properties").propertyNames()).as(path)
				.containsExactlyInAnyOrderElementsOf(ContractField.namesIn(contract, path));
		});
	}

	private static JsonNode referenced(JsonNode schemas, JsonNode property) {
		String ref = property.get("$ref").stringValue();
		return schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
	}

	private static List<String> texts(JsonNode array) {
		return (array == null) ? List.of() : array.valueStream().map(JsonNode::stringValue).toList();
	}

}
