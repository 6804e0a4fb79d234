package org.backstop.app.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.ApiTest;
import org.backstop.app.Http;
import org.backstop.core.exercise.Exercise;
import org.backstop.core.exercise.ExerciseLibrary;

/** The exercise library and its drawings, over real HTTP. */
@ApiTest
class ExerciseApiTest {

	@LocalServerPort
	int port;

	@Test
	void theLibraryIsListedWithStepsDosesCautionsAndDrawings() {
		HttpResponse<String> response = http().get("/api/v1/exercises");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode exercises = Http.json(response);
		assertThat(exercises.size()).isEqualTo(ExerciseLibrary.ALL.size()).isGreaterThanOrEqualTo(16);
		for (JsonNode exercise : exercises) {
			assertThat(exercise.get("id").stringValue()).matches("[a-z]+(_[a-z]+)*");
			assertThat(exercise.get("steps").size()).isGreaterThanOrEqualTo(2);
			assertThat(exercise.at("/dose/summary").stringValue()).isNotBlank();
			assertThat(exercise.get("progression").stringValue()).isNotBlank();
			assertThat(exercise.at("/illustration/altText").stringValue()).isNotBlank();
			assertThat(exercise.at("/why/source").stringValue()).isNotBlank();
			assertThat(exercise.get("contraindicationTags").toString()).contains("exercise");
		}
	}

	@Test
	void oneExerciseByItsId() {
		JsonNode catCow = Http.json(http().get("/api/v1/exercises/cat_cow"));
		assertThat(catCow.get("name").stringValue()).isEqualTo("Cat-Cow");
		assertThat(catCow.get("category").stringValue()).isEqualTo("gentle_mobility");
		assertThat(catCow.get("suitableWhenAcute").booleanValue()).isTrue();
		assertThat(catCow.at("/illustration/path").stringValue()).isEqualTo("/exercises/cat_cow.svg");
		JsonNode bridge = Http.json(http().get("/api/v1/exercises/bridge"));
		assertThat(bridge.get("contraindicationTags").toString()).contains("lying_on_back");
	}

	@Test
	void oneCategoryOnly() {
		JsonNode breathing = Http.json(http().get("/api/v1/exercises?category=breathing_and_relaxation"));
		List<String> ids = new ArrayList<>();
		breathing.forEach((exercise) -> ids.add(exercise.get("id").stringValue()));
		assertThat(ids).containsExactlyInAnyOrder("diaphragmatic_breathing", "paced_breathing", "body_scan");
	}

	@Test
	void anUnknownCategoryIsNamedAsTheBadField() {
		HttpResponse<String> response = http().get("/api/v1/exercises?category=jogging");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(Http.contentType(response)).startsWith("application/problem+json");
		assertThat(Http.errorFields(response)).containsExactly("category");
		assertThat(response.body()).contains("breathing_and_relaxation");
	}

	@Test
	void anUnknownIdIsANotFoundProblemNeverAnError() {
		for (String id : List.of("jogging", "CAT_COW", "%2e%2e", "x".repeat(2000), "%E2%9C%93", "cat_cow%00")) {
			HttpResponse<String> response = http().get("/api/v1/exercises/" + id);
			assertThat(response.statusCode()).as(id).isIn(400, 404);
			assertThat(response.body()).as(id).doesNotContain("Exception").doesNotContain("at org.");
		}
		HttpResponse<String> response = http().get("/api/v1/exercises/jogging");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(Http.contentType(response)).startsWith("application/problem+json");
		assertThat(Http.json(response).get("type").stringValue()).isEqualTo("urn:backstop:problem:not-found");
		assertThat(Http.json(response).get("detail").stringValue()).contains("jogging");
	}

	@Test
	void everyDrawingIsServedAsSafeAccessibleSvg() throws Exception {
		for (Exercise exercise : ExerciseLibrary.ALL) {
			HttpResponse<String> response = http().get(exercise.illustration().path());
			assertThat(response.statusCode()).as(exercise.id()).isEqualTo(200);
			assertThat(Http.contentType(response)).as(exercise.id()).startsWith("image/svg+xml");
			Element svg = parse(response.body()).getDocumentElement();
			assertThat(svg.getLocalName()).isEqualTo("svg");
			assertThat(svg.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
			assertThat(svg.getAttribute("role")).as(exercise.id()).isEqualTo("img");
			assertThat(svg.getAttribute("viewBox")).as(exercise.id()).isNotBlank();
			assertThat(text(svg, "title")).as(exercise.id()).isNotBlank();
			assertThat(text(svg, "desc")).as(exercise.id()).isNotBlank();
			assertThat(svg.getElementsByTagNameNS("*", "script").getLength()).as(exercise.id()).isZero();
			assertThat(svg.getElementsByTagNameNS("*", "image").getLength()).as(exercise.id()).isZero();
			assertNoEventHandlersOrLinks(exercise.id(), svg);
		}
	}

	@Test
	void theOpenApiDescriptionListsTheLibrary() {
		JsonNode api = Http.json(http().get("/v3/api-docs"));
		assertThat(api.get("paths").propertyNames()).contains("/api/v1/exercises", "/api/v1/exercises/{id}");
		assertThat(api.at("/components/schemas/Exercise/properties").propertyNames()).contains("steps", "dose",
				"illustration");
	}

	private Http http() {
		return new Http(this.port);
	}

	private static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	private static String text(Element svg, String name) {
		NodeList found = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", name);
		return (found.getLength() == 0) ? "" : found.item(0).getTextContent().strip();
	}

	private static void assertNoEventHandlersOrLinks(String id, Element element) {
		NamedNodeMap attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			String name = attributes.item(i).getLocalName();
			assertThat(name).as(id + " attribute").doesNotStartWith("on").isNotEqualTo("href");
		}
		NodeList children = element.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			if (children.item(i) instanceof Element child) {
				assertNoEventHandlersOrLinks(id, child);
			}
		}
	}

}
