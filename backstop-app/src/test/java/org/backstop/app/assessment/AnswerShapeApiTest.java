package org.backstop.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.ApiTest;
import org.backstop.app.Http;
import org.backstop.app.People;
import org.backstop.core.assessment.AssessmentJson;

/**
 * {@code POST /api/v1/assessments} answers one document whoever asks: a client finds the
 * triage level at {@code triage.level} without looking at the status; keeping the
 * assessment only adds {@code id} and {@code createdAt}, and reading it back gives the
 * same document.
 */
@ApiTest
class AnswerShapeApiTest {

	static final String SPASM = AssessmentHistoryApiTest.SPASM;

	static final String RED_FLAG = AssessmentHistoryApiTest.RED_FLAG;

	static final String NOT_SURE = "{\"age\":40,\"sex\":\"male\",\"pain\":{\"intensity\":6,\"region\":\"lower_back\",\"durationDays\":5,\"trauma\":\"not_sure\"},\"symptomsNotSure\":[\"fever\"]}";

	@LocalServerPort
	int port;

	Http anonymous;

	Http person;

	@BeforeEach
	void setUp() {
		this.anonymous = new Http(this.port);
		this.person = this.anonymous.withToken(People.patientWithToken(this.anonymous));
	}

	@ParameterizedTest
	@ValueSource(strings = { SPASM, RED_FLAG, NOT_SURE })
	void anonymousAndSignedInAnswersHaveTheSameDocument(String input) {
		HttpResponse<String> anonymousAnswer = this.anonymous.postJson("/api/v1/assessments", input);
		HttpResponse<String> keptAnswer = this.person.postJson("/api/v1/assessments", input);
		assertThat(anonymousAnswer.statusCode()).isEqualTo(200);
		assertThat(keptAnswer.statusCode()).isEqualTo(201);
		JsonNode open = Http.json(anonymousAnswer);
		JsonNode kept = Http.json(keptAnswer);

		assertThat(paths(without(kept, "id", "createdAt"))).isEqualTo(paths(open))
			.contains("/triage/level", "/severity/level");
		assertThat(without(kept, "id", "createdAt")).isEqualTo(open);
		assertThat(kept.at("/severity").isObject()).isTrue();
		assertThat(kept.has("result")).isFalse();
	}

	@Test
	void aKeptAssessmentIsNamedAndDatedAtTheRoot() {
		HttpResponse<String> anonymousAnswer = this.anonymous.postJson("/api/v1/assessments", RED_FLAG);
		assertThat(anonymousAnswer.headers().firstValue("Location")).isEmpty();
		assertThat(Http.json(anonymousAnswer).has("id")).isFalse();
		assertThat(Http.json(anonymousAnswer).has("createdAt")).isFalse();

		Instant before = Instant.now().minusSeconds(60);
		HttpResponse<String> created = this.person.postJson("/api/v1/assessments", RED_FLAG);
		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode kept = Http.json(created);
		String id = UUID.fromString(kept.get("id").stringValue()).toString();
		assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/assessments/" + id);
		assertThat(Instant.parse(kept.get("createdAt").stringValue())).isAfter(before)
			.isBefore(Instant.now().plusSeconds(60));
		assertThat(kept.at("/triage/level").stringValue()).isEqualTo("emergency");
	}

	@ParameterizedTest
	@ValueSource(strings = { SPASM, RED_FLAG, NOT_SURE })
	void readingItBackGivesTheSameDocumentWithItsInput(String input) {
		JsonNode kept = Http.json(this.person.postJson("/api/v1/assessments", input));
		HttpResponse<String> read = this.person.get("/api/v1/assessments/" + kept.get("id").stringValue());
		assertThat(read.statusCode()).isEqualTo(200);
		JsonNode stored = Http.json(read);
		assertThat(without(stored, "input")).isEqualTo(kept);
		assertThat(stored.get("input")).isEqualTo(AssessmentJson.mapper().readTree(input));
	}

	@Test
	void listItemsUseTheDocumentsPaths() {
		JsonNode kept = Http.json(this.person.postJson("/api/v1/assessments", RED_FLAG));
		JsonNode item = Http.json(this.person.get("/api/v1/assessments")).at("/items/0");
		assertThat(item.get("id")).isEqualTo(kept.get("id"));
		assertThat(item.get("createdAt")).isEqualTo(kept.get("createdAt"));
		assertThat(item.get("engineVersion")).isEqualTo(kept.get("engineVersion"));
		assertThat(item.at("/triage/level")).isEqualTo(kept.at("/triage/level"));
		assertThat(item.at("/severity/level")).isEqualTo(kept.at("/severity/level"));
		assertThat(paths(item)).isSubsetOf(paths(kept));
	}

	@Test
	void theDescriptionSaysTheSame() {
		JsonNode paths = Http.json(this.anonymous.get("/v3/api-docs")).get("paths");
		JsonNode post = paths.at("/~1api~1v1~1assessments/post/responses");
		// 200 is also a signed-in assessment the database refused to keep (stored:
		// false).
		assertThat(refs(post.at("/200/content/application~1json/schema/allOf")))
			.containsExactlyInAnyOrder("AssessmentResult", "NotKeptAssessmentFields");
		assertThat(refs(post.at("/201/content/application~1json/schema/allOf")))
			.containsExactlyInAnyOrder("AssessmentResult", "KeptAssessmentFields");
		assertThat(post.at("/201/headers").has("Location")).isTrue();
		JsonNode one = paths
			.at("/~1api~1v1~1assessments~1{id}/get/responses/200/content/application~1json/schema/allOf");
		assertThat(refs(one)).containsExactlyInAnyOrder("AssessmentResult", "KeptAssessmentFields", "AssessmentAsSent");
	}

	private static Set<String> refs(JsonNode allOf) {
		Set<String> names = new TreeSet<>();
		allOf.forEach((schema) -> {
			String ref = schema.path("$ref").asString("");
			names.add(ref.substring(ref.lastIndexOf('/') + 1));
		});
		return names;
	}

	private static JsonNode without(JsonNode document, String... fields) {
		ObjectNode copy = ((ObjectNode) document).deepCopy();
		for (String field : fields) {
			assertThat(copy.has(field)).as(field).isTrue();
			copy.remove(field);
		}
		return copy;
	}

	/** Every JSON pointer in the document, containers and leaves. */
	private static Set<String> paths(JsonNode document) {
		Set<String> found = new TreeSet<>();
		collect(document, "", found);
		return found;
	}

	private static void collect(JsonNode node, String at, Set<String> found) {
		if (!at.isEmpty()) {
			found.add(at);
		}
		if (node.isObject()) {
			node.properties().forEach((entry) -> collect(entry.getValue(), at + "/" + entry.getKey(), found));
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				collect(node.get(i), at + "/" + i, found);
			}
		}
	}

}
