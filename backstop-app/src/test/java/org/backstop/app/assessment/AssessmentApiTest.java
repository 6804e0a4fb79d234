package org.backstop.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.ApiTest;
import org.backstop.app.Http;

/** {@code POST /api/v1/assessments} over real HTTP, good input and bad. */
@ApiTest
class AssessmentApiTest {

	static final String VALID = "{\"age\": 42, \"sex\": \"female\", \"pain\": {\"intensity\": 7, \"region\": \"lower_back\", \"durationDays\": 3}}";

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	@Test
	void anOrdinarySpasmIsSelfCareWithWarningSignsAndAGrade() {
		HttpResponse<String> response = this.http.postJson("/api/v1/assessments", VALID);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(Http.contentType(response)).startsWith("application/json");
		JsonNode result = Http.json(response);
		assertThat(result.get("engineVersion").stringValue()).isEqualTo("1.0.0");
		assertThat(result.at("/triage/level").stringValue()).isEqualTo("self_care");
		assertThat(result.at("/triage/headline").stringValue()).isNotBlank();
		assertThat(result.at("/triage/reasons").isEmpty()).isTrue();
		assertThat(result.at("/triage/watchFor").size()).isGreaterThanOrEqualTo(5);
		assertThat(result.at("/severity/level").stringValue()).isEqualTo("severe");
		assertThat(result.at("/severity/factors/0").stringValue()).contains("7 out of 10");
		assertThat(result.at("/triage/neurologicalExamination").isMissingNode()).isTrue();
	}

	@Test
	void saddleNumbnessIsAnEmergencyWithItsReasonAndTheNerveExamination() {
		JsonNode result = Http.json(this.http.postJson("/api/v1/assessments",
				"{\"age\": 30, \"sex\": \"male\", \"pain\": {\"intensity\": 2, \"region\": \"lower_back\", \"durationDays\": 1}, \"symptoms\": [\"saddle_numbness\"]}"));
		assertThat(result.at("/triage/level").stringValue()).isEqualTo("emergency");
		assertThat(result.at("/triage/reasons/0/code").stringValue()).isEqualTo("cauda_equina_suspected");
		assertThat(result.at("/triage/reasons/0/source").stringValue()).contains("Greenhalgh 2018");
		assertThat(result.at("/triage/neurologicalExamination/clinicianChecks").size()).isGreaterThan(3);
		assertThat(result.at("/severity/level").stringValue()).isEqualTo("minor");
	}

	@Test
	void tearingPainIsAnAmbulance() {
		JsonNode result = Http.json(this.http.postJson("/api/v1/assessments",
				"{\"age\": 60, \"sex\": \"male\", \"pain\": {\"intensity\": 9, \"region\": \"upper_back\", \"durationDays\": 0}, \"symptoms\": [\"tearing_pain\"]}"));
		assertThat(result.at("/triage/level").stringValue()).isEqualTo("emergency_ambulance");
		assertThat(result.at("/triage/headline").stringValue()).isEqualTo("Call an ambulance now");
	}

	@Test
	void aPregnancyWithoutItsWeekIsAssessedAsLateNotRefused() {
		HttpResponse<String> response = this.http.postJson("/api/v1/assessments",
				"{\"age\": 31, \"sex\": \"female\", \"pregnant\": true, \"pain\": {\"intensity\": 4, \"region\": \"lower_back\", \"durationDays\": 3}}");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode result = Http.json(response);
		assertThat(result.at("/triage/level").stringValue()).isEqualTo("self_care");
		// Read as late pregnancy: the gel is left out only from week 28.
		List<String> excluded = new ArrayList<>();
		result.at("/plan/excluded").forEach((item) -> excluded.add(item.get("id").stringValue()));
		assertThat(excluded).contains("ibuprofen", "diclofenac_gel");
		// And says so, as for a week given as "not sure".
		assertThat(result.at("/notSure").size()).isEqualTo(1);
		assertThat(result.at("/notSure/0/answer").stringValue()).isEqualTo("pregnancyWeeks");
		assertThat(result.at("/notSure/0/readAs").intValue()).isEqualTo(45);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			malformed JSON           | {"age": 42,                                          | $
			whitespace only          | `   `                                                | $
			empty object             | {}                                                   | age
			JSON array               | []                                                   | $
			JSON string              | "hello"                                              | $
			JSON number              | 42                                                   | $
			JSON null                | null                                                 | $
			trailing garbage         | {"age": 42} xyz                                      | $
			duplicate key            | {"age": 42, "age": 43}                               | $
			single quotes            | {'age': 42}                                          | $
			age below range          | {"age": -1}                                          | age
			age above range          | {"age": 121}                                         | age
			age as text              | {"age": "42"}                                        | age
			age with fraction        | {"age": 42.5}                                        | age
			huge number              | {"age": 1e400}                                       | age
			sex unknown              | {"sex": "f"}                                         | sex
			pregnant as text         | {"pregnant": "yes"}                                  | pregnant
			weeks without pregnancy  | {"pregnancyWeeks": 12}                               | pregnancyWeeks
			weeks out of range       | {"pregnant": true, "pregnancyWeeks": 46}             | pregnancyWeeks
			male and pregnant        | {"sex": "male", "pregnant": true, "pregnancyWeeks": 3} | pregnant
			pain as array            | {"pain": [1]}                                        | pain
			intensity out of range   | {"pain": {"intensity": 11}}                          | pain.intensity
			negative duration        | {"pain": {"durationDays": -1}}                       | pain.durationDays
			unknown region           | {"pain": {"region": "knee"}}                         | pain.region
			unknown onset            | {"pain": {"onset": "slow"}}                          | pain.onset
			unknown radiation        | {"pain": {"radiation": "toes"}}                      | pain.radiation
			unknown trauma           | {"pain": {"trauma": "huge"}}                         | pain.trauma
			unknown nested field     | {"pain": {"colour": "red"}}                          | pain.colour
			unknown mobility         | {"function": {"mobility": "crawl"}}                  | function.mobility
			symptoms as text         | {"symptoms": "fever"}                                | symptoms
			symptom as number        | {"symptoms": ["fever", 1]}                           | symptoms[1]
			unknown symptom          | {"symptoms": ["fever", "fevr"]}                      | symptoms[1]
			unknown history          | {"history": ["asthma"]}                              | history[0]
			unknown root field       | {"colour": "blue"}                                   | colour
			selfCare weeks negative  | {"selfCare": {"weeksTried": -1}}                     | selfCare.weeksTried
			""")
	void badInputIsAProblemNamingTheField(String situation, String body, String field) {
		HttpResponse<String> response = this.http.postJson("/api/v1/assessments", body);
		assertThat(response.statusCode()).as(situation).isEqualTo(400);
		assertThat(Http.contentType(response)).isEqualTo("application/problem+json");
		assertThat(Http.errorFields(response)).contains(field);
		assertThat(Http.json(response).path("errors"))
			.allSatisfy((error) -> assertThat(error.get("message").stringValue()).isNotBlank());
		assertThat(response.body()).doesNotContain("Exception", "at org.", "at java.");
	}

	@Test
	void everyProblemIsListedInOneAnswer() {
		HttpResponse<String> response = this.http.postJson("/api/v1/assessments",
				"{\"age\": 200, \"sex\": \"x\", \"pain\": {\"intensity\": 11, \"region\": \"lower_back\", \"durationDays\": 1}, \"symptoms\": [\"nope\"]}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(Http.errorFields(response)).containsExactlyInAnyOrder("age", "sex", "pain.intensity", "symptoms[0]");
		assertThat(Http.json(response).get("detail").stringValue()).startsWith("4 problems");
	}

	@Test
	void noBodyAtAllIsAProblem() {
		HttpResponse<String> response = this.http.post("/api/v1/assessments", "application/json",
				HttpRequest.BodyPublishers.noBody());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(Http.errorFields(response)).containsExactly("$");
	}

	@Test
	void deeplyNestedJsonIsRefusedCalmly() {
		HttpResponse<String> response = this.http.postJson("/api/v1/assessments", "[".repeat(10_000));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(Http.errorFields(response)).containsExactly("$");
	}

	@Test
	void aBodyOver64KiBIsTooLarge() {
		String big = "{\"sex\": \"" + "a".repeat(70_000) + "\"}";
		HttpResponse<String> response = this.http.postJson("/api/v1/assessments", big);
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(Http.contentType(response)).isEqualTo("application/problem+json");
	}

	@Test
	void aHugeStringUnderTheLimitIsRefused() {
		HttpResponse<String> response = this.http.postJson("/api/v1/assessments",
				"{\"sex\": \"" + "a".repeat(20_000) + "\"}");
		assertThat(response.statusCode()).isEqualTo(400);
	}

	@Test
	void tooManySymptomsAreRefused() {
		String many = "\"fever\",".repeat(64) + "\"fever\"";
		HttpResponse<String> response = this.http.postJson("/api/v1/assessments", "{\"symptoms\": [" + many + "]}");
		assertThat(Http.errorFields(response)).contains("symptoms");
	}

	@Test
	void theWrongContentTypeIs415AndListingWithoutSigningInIs401() {
		HttpResponse<String> text = this.http.post("/api/v1/assessments", "text/plain",
				HttpRequest.BodyPublishers.ofString(VALID));
		assertThat(text.statusCode()).isEqualTo(415);
		assertThat(Http.contentType(text)).isEqualTo("application/problem+json");
		HttpResponse<String> get = this.http.get("/api/v1/assessments");
		assertThat(get.statusCode()).isEqualTo(401);
		assertThat(Http.contentType(get)).startsWith("application/problem+json");
		assertThat(get.body()).doesNotContain("Exception");
	}

}
