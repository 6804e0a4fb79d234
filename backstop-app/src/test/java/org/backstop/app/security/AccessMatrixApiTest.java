package org.backstop.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.ApiTest;
import org.backstop.app.Http;
import org.backstop.app.People;
import org.backstop.app.account.AccountService;
import org.backstop.app.account.Role;
import org.backstop.core.assessment.AssessmentJson;

/**
 * Every endpoint that takes an id or answers personal data, called by its owner and by
 * everyone else: another patient, a clinician without a grant, an administrator, nobody,
 * and the owner's own revoked token. Only the owner gets the data; an id of someone
 * else's answers 404 exactly like an unknown one, and no answer to anyone else holds any
 * of the owner's values.
 */
@ApiTest
class AccessMatrixApiTest {

	static final String INPUT = "{\"age\":73,\"sex\":\"female\",\"pain\":{\"intensity\":5,\"region\":\"upper_back\","
			+ "\"durationDays\":12},\"symptoms\":[\"unexplained_weight_loss\"],\"history\":[\"long_term_steroids\"]}";

	static final String REMINDER = "{\"kind\":\"medicine\",\"label\":\"Matrix pill\",\"times\":[\"09:00\"],"
			+ "\"timeZone\":\"Europe/Madrid\",\"ingredient\":\"naproxen\"}";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	/** Who calls. */
	enum Caller {

		OWNER("the owner"), OTHER_PATIENT("another patient"), CLINICIAN("a clinician without a grant"),
		ADMINISTRATOR("an administrator"), ANONYMOUS("nobody signed in"), REVOKED_TOKEN("the owner's revoked token");

		final String description;

		Caller(String description) {
			this.description = description;
		}

	}

	/** The owner's data, and a client for each caller. */
	final class World {

		final Http anonymous = new Http(AccessMatrixApiTest.this.port);

		final String ownerEmail = People.freshEmail();

		final String ownerName = "Matrix owner " + UUID.randomUUID();

		final String ownerId;

		final String ownerTokenId;

		final String assessmentId;

		final String reminderId;

		final Map<Caller, Http> callers = new LinkedHashMap<>();

		World() {
			HttpResponse<String> created = this.anonymous.postJson("/api/v1/accounts", "{\"email\":\"" + this.ownerEmail
					+ "\",\"password\":\"" + People.PASSWORD + "\",\"displayName\":\"" + this.ownerName + "\"}");
			assertThat(created.statusCode()).as(created.body()).isEqualTo(202);
			JsonNode token = newToken(this.ownerEmail);
			this.ownerTokenId = token.get("id").stringValue();
			Http owner = this.anonymous.withToken(token.get("token").stringValue());
			this.ownerId = Http.json(owner.get("/api/v1/account")).get("id").stringValue();
			HttpResponse<String> stored = owner.postJson("/api/v1/assessments", INPUT);
			assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
			this.assessmentId = Http.json(stored).get("id").stringValue();
			HttpResponse<String> reminder = owner.postJson("/api/v1/reminders", REMINDER);
			assertThat(reminder.statusCode()).as(reminder.body()).isEqualTo(201);
			this.reminderId = Http.json(reminder).get("id").stringValue();

			JsonNode revoked = newToken(this.ownerEmail);
			assertThat(owner.delete("/api/v1/tokens/" + revoked.get("id").stringValue()).statusCode()).isEqualTo(204);

			this.callers.put(Caller.OWNER, owner);
			this.callers.put(Caller.OTHER_PATIENT, withToken(People.signUp(this.anonymous)));
			this.callers.put(Caller.CLINICIAN, withToken(account(Role.CLINICIAN)));
			this.callers.put(Caller.ADMINISTRATOR, withToken(account(Role.ADMIN)));
			this.callers.put(Caller.ANONYMOUS, this.anonymous);
			this.callers.put(Caller.REVOKED_TOKEN, this.anonymous.withToken(revoked.get("token").stringValue()));
		}

		/** Everything of the owner's that must never reach anyone else. */
		List<String> ownerValues() {
			return List.of(this.ownerEmail, this.ownerName, this.ownerId, this.ownerTokenId, this.assessmentId,
					"unexplained_weight_loss", "long_term_steroids", this.reminderId, "Matrix pill", "naproxen");
		}

		JsonNode newToken(String email) {
			HttpResponse<String> made = this.anonymous.postJson("/api/v1/tokens", "{\"email\":\"" + email
					+ "\",\"password\":\"" + People.PASSWORD + "\",\"name\":\"matrix\",\"scope\":\"write\"}");
			assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
			return Http.json(made);
		}

		private Http withToken(String email) {
			return this.anonymous.withToken(People.token(this.anonymous, email, "write"));
		}

		private String account(Role role) {
			String email = People.freshEmail();
			assertThat(AccessMatrixApiTest.this.accounts.signUp(email, People.PASSWORD, null, role).isValid()).isTrue();
			return email;
		}

		Http owner() {
			return this.callers.get(Caller.OWNER);
		}

	}

	/**
	 * One endpoint: how to call it (for the owner, an id endpoint that deletes works on a
	 * spare item of theirs, so the matrix leaves the owner's data as it was), and what
	 * the owner and a signed-in stranger must see.
	 */
	record Endpoint(String name, Call call, Check owner, Check stranger) {

	}

	@FunctionalInterface
	interface Call {

		HttpResponse<String> send(World world, Caller caller, Http http);

	}

	@FunctionalInterface
	interface Check {

		void check(World world, HttpResponse<String> response);

	}

	@TestFactory
	Stream<DynamicNode> onlyTheOwnerSeesOrChangesTheirData() {
		World world = new World();
		List<DynamicNode> rows = new ArrayList<>();
		for (Endpoint endpoint : endpoints()) {
			List<DynamicTest> cells = new ArrayList<>();
			for (Caller caller : Caller.values()) {
				Supplier<HttpResponse<String>> call = () -> endpoint.call()
					.send(world, caller, world.callers.get(caller));
				cells.add(DynamicTest.dynamicTest(caller.description + " " + expectation(endpoint, caller), () -> {
					HttpResponse<String> response = call.get();
					switch (caller) {
						case OWNER -> endpoint.owner().check(world, response);
						case ANONYMOUS, REVOKED_TOKEN -> {
							assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
							assertThat(Http.contentType(response)).startsWith("application/problem+json");
							assertNothingOfTheOwner(world, response);
						}
						default -> {
							endpoint.stranger().check(world, response);
							assertNothingOfTheOwner(world, response);
						}
					}
				}));
			}
			rows.add(DynamicContainer.dynamicContainer(endpoint.name(), cells));
		}
		rows.add(DynamicTest.dynamicTest("afterwards the owner's assessment is unchanged and only they touched it",
				() -> {
					HttpResponse<String> stored = world.owner().get("/api/v1/assessments/" + world.assessmentId);
					assertThat(stored.statusCode()).isEqualTo(200);
					assertThat(Http.json(stored).get("input")).isEqualTo(AssessmentJson.mapper().readTree(INPUT));
					assertThat(world.owner().get("/api/v1/account").statusCode()).isEqualTo(200);
					HttpResponse<String> reminder = world.owner().get("/api/v1/reminders/" + world.reminderId);
					assertThat(reminder.statusCode()).isEqualTo(200);
					assertThat(Http.json(reminder).get("label").stringValue()).isEqualTo("Matrix pill");
					assertThat(Http.json(reminder).get("times").toString()).isEqualTo("[\"09:00\"]");
					JsonNode audit = Http.json(world.owner().get("/api/v1/account/audit?size=100"));
					audit.get("items")
						.forEach((event) -> assertThat(event.get("byThemselves").booleanValue()).as(event.toString())
							.isTrue());
				}));
		return rows.stream();
	}

	private static String expectation(Endpoint endpoint, Caller caller) {
		return switch (caller) {
			case OWNER -> "gets their data";
			case ANONYMOUS, REVOKED_TOKEN -> "gets 401";
			default -> endpoint.name().contains("{id}") ? "gets 404" : "gets only their own";
		};
	}

	private static void assertNothingOfTheOwner(World world, HttpResponse<String> response) {
		// A problem's instance repeats the path asked for; the caller knew that id
		// already.
		String body = response.body().replace(response.request().uri().getPath(), "");
		for (String value : world.ownerValues()) {
			assertThat(body).as("the answer holds the owner's " + value).doesNotContain(value);
		}
	}

	private static void notFound(World world, HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
		assertThat(Http.contentType(response)).startsWith("application/problem+json");
	}

	private static List<Endpoint> endpoints() {
		return List.of(new Endpoint("GET /api/v1/reminders/{id}",
				(world, caller, http) -> http.get("/api/v1/reminders/" + world.reminderId), (world, response) -> {
					assertThat(response.statusCode()).isEqualTo(200);
					assertThat(Http.json(response).get("label").stringValue()).isEqualTo("Matrix pill");
				}, AccessMatrixApiTest::notFound), new Endpoint("PUT /api/v1/reminders/{id}", (world, caller, http) -> {
					if (caller != Caller.OWNER) {
						return http.putJson("/api/v1/reminders/" + world.reminderId,
								"{\"kind\":\"exercise\",\"times\":[\"10:00\"],\"timeZone\":\"UTC\"}");
					}
					String spare = Http.json(http.postJson("/api/v1/reminders", REMINDER)).get("id").stringValue();
					HttpResponse<String> changed = http.putJson("/api/v1/reminders/" + spare,
							"{\"kind\":\"exercise\",\"times\":[\"10:00\"],\"timeZone\":\"UTC\"}");
					http.delete("/api/v1/reminders/" + spare);
					return changed;
				}, (world, response) -> {
					assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
					assertThat(Http.json(response).get("kind").stringValue()).isEqualTo("exercise");
				}, AccessMatrixApiTest::notFound),
				new Endpoint("DELETE /api/v1/reminders/{id}", (world, caller, http) -> {
					if (caller != Caller.OWNER) {
						return http.delete("/api/v1/reminders/" + world.reminderId);
					}
					String spare = Http.json(http.postJson("/api/v1/reminders", REMINDER)).get("id").stringValue();
					HttpResponse<String> deleted = http.delete("/api/v1/reminders/" + spare);
					assertThat(http.get("/api/v1/reminders/" + spare).statusCode()).isEqualTo(404);
					return deleted;
				}, (world, response) -> assertThat(response.statusCode()).isEqualTo(204), (world, response) -> {
					notFound(world, response);
					assertThat(world.owner().get("/api/v1/reminders/" + world.reminderId).statusCode()).isEqualTo(200);
				}), new Endpoint("GET /api/v1/reminders", (world, caller, http) -> http.get("/api/v1/reminders"),
						(world, response) -> {
							assertThat(response.statusCode()).isEqualTo(200);
							assertThat(response.body()).contains(world.reminderId);
						}, (world, response) -> {
							assertThat(response.statusCode()).isEqualTo(200);
							assertThat(Http.json(response).size()).isZero();
						}),
				new Endpoint("GET /api/v1/assessments/{id}",
						(world, caller, http) -> http.get("/api/v1/assessments/" + world.assessmentId),
						(world, response) -> {
							assertThat(response.statusCode()).isEqualTo(200);
							assertThat(Http.json(response).get("input"))
								.isEqualTo(AssessmentJson.mapper().readTree(INPUT));
						}, AccessMatrixApiTest::notFound),
				new Endpoint("DELETE /api/v1/assessments/{id}", (world, caller, http) -> {
					if (caller != Caller.OWNER) {
						return http.delete("/api/v1/assessments/" + world.assessmentId);
					}
					String spare = Http.json(http.postJson("/api/v1/assessments", INPUT)).get("id").stringValue();
					HttpResponse<String> deleted = http.delete("/api/v1/assessments/" + spare);
					assertThat(http.get("/api/v1/assessments/" + spare).statusCode()).isEqualTo(404);
					return deleted;
				}, (world, response) -> assertThat(response.statusCode()).isEqualTo(204), (world, response) -> {
					notFound(world, response);
					assertThat(world.owner().get("/api/v1/assessments/" + world.assessmentId).statusCode())
						.isEqualTo(200);
				}), new Endpoint("GET /api/v1/assessments", (world, caller, http) -> http.get("/api/v1/assessments"),
						(world, response) -> {
							assertThat(response.statusCode()).isEqualTo(200);
							assertThat(response.body()).contains(world.assessmentId);
						}, (world, response) -> {
							assertThat(response.statusCode()).isEqualTo(200);
							assertThat(Http.json(response).get("totalItems").longValue()).isZero();
						}),
				new Endpoint("DELETE /api/v1/tokens/{id}", (world, caller, http) -> {
					if (caller != Caller.OWNER) {
						return http.delete("/api/v1/tokens/" + world.ownerTokenId);
					}
					JsonNode spare = world.newToken(world.ownerEmail);
					HttpResponse<String> revoked = http.delete("/api/v1/tokens/" + spare.get("id").stringValue());
					assertThat(world.anonymous.withToken(spare.get("token").stringValue())
						.get("/api/v1/account")
						.statusCode()).isEqualTo(401);
					return revoked;
				}, (world, response) -> assertThat(response.statusCode()).isEqualTo(204), (world, response) -> {
					notFound(world, response);
					assertThat(world.owner().get("/api/v1/account").statusCode()).as("the owner's token still works")
						.isEqualTo(200);
				}), new Endpoint("GET /api/v1/tokens", (world, caller, http) -> http.get("/api/v1/tokens"),
						(world, response) -> {
							assertThat(response.statusCode()).isEqualTo(200);
							assertThat(response.body()).contains(world.ownerTokenId);
						}, (world, response) -> {
							assertThat(response.statusCode()).isEqualTo(200);
							assertThat(Http.json(response).size()).as("only the caller's own token").isEqualTo(1);
						}),
				new Endpoint("GET /api/v1/account", (world, caller, http) -> http.get("/api/v1/account"),
						(world, response) -> {
							assertThat(response.statusCode()).isEqualTo(200);
							assertThat(Http.json(response).get("email").stringValue()).isEqualTo(world.ownerEmail);
							assertThat(Http.json(response).get("displayName").stringValue()).isEqualTo(world.ownerName);
						}, (world, response) -> {
							assertThat(response.statusCode()).isEqualTo(200);
							assertThat(Http.json(response).get("email").stringValue()).isNotEqualTo(world.ownerEmail);
						}),
				new Endpoint("GET /api/v1/account/audit",
						(world, caller, http) -> http.get("/api/v1/account/audit?size=100"), (world, response) -> {
							assertThat(response.statusCode()).isEqualTo(200);
							assertThat(response.body()).contains(world.assessmentId);
						}, (world, response) -> {
							assertThat(response.statusCode()).isEqualTo(200);
							Http.json(response)
								.get("items")
								.forEach((event) -> assertThat(event.get("byThemselves").booleanValue()).isTrue());
						}));
	}

}
