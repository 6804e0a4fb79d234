package org.backstop.app.medicine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.ApiTest;
import org.backstop.core.json.StrictJson;

/** {@code POST /api/v1/medicines/check} over real HTTP. */
@ApiTest
class MedicineCheckApiTest {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@LocalServerPort
	int port;

	@Test
	void answersEveryMedicineForAValidCheck() throws Exception {
		HttpResponse<String> response = post(
				"""
						{ "age": 40, "now": "2025-03-10T12:00:00Z",
						  "doses": [
						    { "medicine": "ibuprofen", "mg": 400, "takenAt": "2025-03-10T10:00:00Z", "product": "Advil" },
						    { "medicine": "acetaminophen", "mg": 1000, "takenAt": "2025-03-10T02:00:00Z", "product": "Tylenol" },
						    { "medicine": "acetaminophen", "mg": 1000, "takenAt": "2025-03-10T07:00:00+01:00", "product": "NyQuil" }
						  ] }
						""");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		JsonNode json = StrictJson.mapper().readTree(response.body());
		assertThat(json.get("checkedAt").stringValue()).isEqualTo("2025-03-10T12:00:00Z");
		JsonNode medicines = json.get("medicines");
		assertThat(medicines.size()).isEqualTo(4);
		JsonNode ibuprofen = medicines.get(0);
		assertThat(ibuprofen.get("medicine").stringValue()).isEqualTo("ibuprofen");
		assertThat(ibuprofen.get("allowedNow").booleanValue()).isFalse();
		assertThat(ibuprofen.get("nextAllowedAt").stringValue()).isEqualTo("2025-03-10T14:00:00Z");
		assertThat(ibuprofen.get("maxNextDoseMg").intValue()).isZero();
		assertThat(ibuprofen.get("reasons").get(0).stringValue())
			.isEqualTo("Your last dose was 2 hours ago; wait at least 4 hours between doses.");
		JsonNode naproxen = medicines.get(1);
		assertThat(naproxen.get("allowedNow").booleanValue()).isFalse();
		assertThat(naproxen.get("nextAllowedAt").stringValue()).isEqualTo("2025-03-11T10:00:00Z");
		JsonNode acetaminophen = medicines.get(3);
		assertThat(acetaminophen.get("allowedNow").booleanValue()).isTrue();
		assertThat(acetaminophen.get("usedMgLast24h").intValue()).isEqualTo(2000);
		assertThat(acetaminophen.get("dailyMaxMg").intValue()).isEqualTo(4000);
		assertThat(acetaminophen.get("percentOfDailyMax").intValue()).isEqualTo(50);
		assertThat(acetaminophen.get("maxNextDoseMg").intValue()).isEqualTo(1000);
		assertThat(acetaminophen.get("daysOfUse").intValue()).isEqualTo(1);
		assertThat(acetaminophen.get("warnings").findValuesAsString("code")).contains("same_ingredient_products");
	}

	@Test
	void aPregnancyWeekNotSureIsCheckedAsLateAndTheAnswerSaysSo() throws Exception {
		HttpResponse<String> response = post(
				"{\"age\": 30, \"pregnant\": true, \"pregnancyWeeks\": \"not_sure\", \"now\": \"2025-03-10T12:00:00Z\"}");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode json = StrictJson.mapper().readTree(response.body());
		assertThat(json.get("notSure").size()).isEqualTo(1);
		assertThat(json.get("notSure").get(0).get("answer").stringValue()).isEqualTo("pregnancyWeeks");
		assertThat(json.get("notSure").get(0).get("readAs").intValue()).isEqualTo(45);
		assertThat(json.get("medicines").get(0).get("warnings").findValuesAsString("code")).contains("nsaid_pregnancy");
		JsonNode notSure = StrictJson.mapper()
			.readTree(post("{\"age\": 30, \"pregnant\": \"not_sure\"}").body())
			.get("notSure");
		assertThat(notSure.findValuesAsString("answer")).containsExactly("pregnant", "pregnancyWeeks");
		assertThat(notSure.get(0).get("readAs").booleanValue()).isTrue();
		assertThat(StrictJson.mapper()
			.readTree(post("{\"age\": 30, \"pregnant\": true}").body())
			.get("notSure")
			.findValuesAsString("answer")).containsExactly("pregnancyWeeks");
		assertThat(StrictJson.mapper().readTree(post("{\"age\": 30, \"pregnant\": false}").body()).has("notSure"))
			.isFalse();
	}

	@Test
	void withoutNowTheServerClockIsUsed() throws Exception {
		Instant before = Instant.now();
		HttpResponse<String> response = post("{\"age\": 30}");
		assertThat(response.statusCode()).isEqualTo(200);
		Instant checkedAt = Instant.parse(StrictJson.mapper().readTree(response.body()).get("checkedAt").stringValue());
		assertThat(checkedAt).isBetween(before.minusSeconds(1), Instant.now().plusSeconds(1));
	}

	@Test
	void underSixteenGetsNoDoseAndNoNextTime() throws Exception {
		JsonNode json = StrictJson.mapper().readTree(post("{\"age\": 12}").body());
		for (JsonNode status : json.get("medicines")) {
			assertThat(status.get("allowedNow").booleanValue()).isFalse();
			assertThat(status.get("nextAllowedAt").isNull()).isTrue();
		}
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					malformed JSON       | {"age": 40,                                                                          | $
					empty body           | ' '                                                                                  | $
					an array             | []                                                                                   | $
					unknown medicine     | {"age": 40, "doses": [{"medicine": "paracetamoll", "mg": 500, "takenAt": "2025-03-10T08:00:00Z"}]} | doses[0].medicine
					diclofenac gel dose  | {"age": 40, "doses": [{"medicine": "diclofenac_gel", "mg": 4, "takenAt": "2025-03-10T08:00:00Z"}]} | doses[0].medicine
					muscle relaxant dose | {"age": 40, "doses": [{"medicine": "muscle_relaxant", "mg": 5, "takenAt": "2025-03-10T08:00:00Z"}]} | doses[0].medicine
					mg 0                 | {"age": 40, "doses": [{"medicine": "ibuprofen", "mg": 0, "takenAt": "2025-03-10T08:00:00Z"}]} | doses[0].mg
					mg as text           | {"age": 40, "doses": [{"medicine": "ibuprofen", "mg": "two", "takenAt": "2025-03-10T08:00:00Z"}]} | doses[0].mg
					takenAt not a date   | {"age": 40, "doses": [{"medicine": "ibuprofen", "mg": 200, "takenAt": "after lunch"}]} | doses[0].takenAt
					takenAt in future    | {"age": 40, "doses": [{"medicine": "ibuprofen", "mg": 200, "takenAt": "2999-01-01T00:00:00Z"}]} | doses[0].takenAt
					takenAt no offset    | {"age": 40, "doses": [{"medicine": "ibuprofen", "mg": 200, "takenAt": "2025-03-10T08:00:00"}]} | doses[0].takenAt
					unknown field        | {"age": 40, "dosage": 3}                                                             | dosage
					unknown dose field   | {"age": 40, "doses": [{"medicine": "ibuprofen", "mg": 200, "takenAt": "2025-03-10T08:00:00Z", "when": 1}]} | doses[0].when
					missing age          | {"doses": []}                                                                        | age
					unknown history      | {"age": 40, "history": ["ulcer"]}                                                    | history[0]
					doses not a list     | {"age": 40, "doses": "ibuprofen"}                                                    | doses
					""")
	void badInputIsAProblemNamingTheField(String name, String body, String field) throws Exception {
		HttpResponse<String> response = post(body);
		assertThat(response.statusCode()).as(name).isEqualTo(400);
		assertProblemNaming(response, field);
	}

	@Test
	void aDoseOfGelSaysWhyItCannotBeChecked() throws Exception {
		HttpResponse<String> response = post(
				"{\"age\": 40, \"doses\": [{\"medicine\": \"diclofenac_gel\", \"mg\": 4, \"takenAt\": \"2025-03-10T08:00:00Z\"}]}");
		JsonNode error = StrictJson.mapper().readTree(response.body()).get("errors").get(0);
		assertThat(error.get("message").stringValue()).contains("diclofenac_gel has no milligram dose",
				"ibuprofen, naproxen, aspirin, acetaminophen");
	}

	@Test
	void everyProblemIsListedAtOnce() throws Exception {
		HttpResponse<String> response = post(
				"{\"age\": 400, \"doses\": [{\"medicine\": \"ibuprofen\", \"mg\": 0, \"takenAt\": \"soon\"}]}");
		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode errors = StrictJson.mapper().readTree(response.body()).get("errors");
		assertThat(errors.findValuesAsString("field")).containsExactlyInAnyOrder("age", "doses[0].mg",
				"doses[0].takenAt");
	}

	@Test
	void aBodyOver64KiBIsRefusedWith413() throws Exception {
		String padding = " ".repeat(70 * 1024);
		HttpResponse<String> response = post("{\"age\": 40}" + padding);
		assertThat(response.statusCode()).isEqualTo(413);
		assertProblemNaming(response, "$");
	}

	@Test
	void aBodyThatIsNotJsonIsAProblemNotAServerError() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(uri())
			.header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString("age 40"))
			.build();
		HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(415);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void theOpenApiDescriptionListsTheCheck() throws Exception {
		HttpResponse<String> response = HTTP.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/v3/api-docs")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode post = StrictJson.mapper()
			.readTree(response.body())
			.get("paths")
			.get("/api/v1/medicines/check")
			.get("post");
		assertThat(post.get("summary").stringValue()).startsWith("Check medicine doses");
		assertThat(post.get("responses").has("400")).isTrue();
		JsonNode schemas = StrictJson.mapper().readTree(response.body()).get("components").get("schemas");
		JsonNode dose = schemas.get("TakenDose");
		assertThat(dose.get("additionalProperties").booleanValue()).isFalse();
		assertThat(dose.get("required").valueStream().map(JsonNode::stringValue)).containsExactly("medicine", "mg",
				"takenAt");
		assertThat(dose.get("properties").get("medicine").get("enum").valueStream().map(JsonNode::stringValue))
			.containsExactly("ibuprofen", "naproxen", "aspirin", "acetaminophen");
		assertThat(schemas.get("MedicineCheckRequest").get("required").get(0).stringValue()).isEqualTo("age");
		assertThat(schemas.get("MedicineCheckRequest").get("properties").get("pregnancyWeeks").toString())
			.contains("not_sure");
		assertThat(schemas.get("MedicineCheckRequest").get("properties").has("notSure")).isFalse();
		assertThat(schemas.get("MedicineCheckResult").get("properties").has("notSure")).isTrue();
		assertThat(post.get("description").stringValue()).contains("notSure");
	}

	private static void assertProblemNaming(HttpResponse<String> response, String field) {
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = StrictJson.mapper().readTree(response.body());
		assertThat(problem.get("status").intValue()).isEqualTo(response.statusCode());
		assertThat(problem.get("type").stringValue()).isEqualTo("urn:backstop:problem:invalid-input");
		assertThat(problem.get("errors").findValuesAsString("field")).contains(field);
		for (JsonNode error : problem.get("errors")) {
			assertThat(error.get("message").stringValue()).isNotBlank();
		}
	}

	private HttpResponse<String> post(String body) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(uri())
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private URI uri() {
		return URI.create("http://localhost:" + this.port + "/api/v1/medicines/check");
	}

}
