package org.backstop.app.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.ApiTest;
import org.backstop.app.Forms;
import org.backstop.app.Http;
import org.backstop.app.People;

/** Reminders over real HTTP: the API, the feed, the export, deletion and the page. */
@ApiTest
class ReminderApiTest {

	static final String MEDICINE = "{\"kind\":\"medicine\",\"label\":\"Morning pill\",\"times\":[\"08:00\",\"20:00\"],"
			+ "\"timeZone\":\"Europe/Madrid\",\"ingredient\":\"ibuprofen\"}";

	@LocalServerPort
	int port;

	private Http patient() {
		return new Http(this.port).withToken(People.patientWithToken(new Http(this.port)));
	}

	@Test
	void createListUpdateDelete() {
		Http owner = patient();
		HttpResponse<String> created = owner.postJson("/api/v1/reminders", MEDICINE);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode body = Http.json(created);
		String id = body.get("id").stringValue();
		assertThat(body.get("times").toString()).isEqualTo("[\"08:00\",\"20:00\"]");
		assertThat(body.get("days").size()).isEqualTo(7);
		assertThat(body.get("active").booleanValue()).isTrue();
		assertThat(owner.get("/api/v1/reminders").body()).contains(id);
		HttpResponse<String> updated = owner.putJson("/api/v1/reminders/" + id,
				"{\"kind\":\"exercise\",\"times\":[\"07:30\"],\"days\":[\"mon\",\"wed\"],\"timeZone\":\"UTC\","
						+ "\"active\":false}");
		assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
		JsonNode after = Http.json(owner.get("/api/v1/reminders/" + id));
		assertThat(after.get("kind").stringValue()).isEqualTo("exercise");
		assertThat(after.get("days").toString()).isEqualTo("[\"mon\",\"wed\"]");
		assertThat(after.has("ingredient")).isFalse();
		assertThat(owner.delete("/api/v1/reminders/" + id).statusCode()).isEqualTo(204);
		assertThat(owner.get("/api/v1/reminders/" + id).statusCode()).isEqualTo(404);
	}

	@Test
	void badInputNamesTheFieldAndStoresNothing() {
		Http owner = patient();
		Map<String, String> bad = Map.of("kind", "{\"kind\":\"nap\",\"times\":[\"08:00\"],\"timeZone\":\"UTC\"}",
				"times[0]", "{\"kind\":\"exercise\",\"times\":[\"8 o'clock\"],\"timeZone\":\"UTC\"}", "timeZone",
				"{\"kind\":\"exercise\",\"times\":[\"08:00\"],\"timeZone\":\"Mars/Olympus\"}", "times",
				"{\"kind\":\"medicine\",\"times\":[\"08:00\",\"10:00\"],\"timeZone\":\"UTC\",\"ingredient\":\"ibuprofen\"}",
				"surprise", "{\"kind\":\"exercise\",\"times\":[\"08:00\"],\"timeZone\":\"UTC\",\"surprise\":1}");
		bad.forEach((field, json) -> {
			HttpResponse<String> answer = owner.postJson("/api/v1/reminders", json);
			assertThat(answer.statusCode()).as(json).isEqualTo(400);
			assertThat(Http.contentType(answer)).startsWith("application/problem+json");
			assertThat(Http.errorFields(answer)).as(answer.body()).contains(field);
		});
		HttpResponse<String> medicine = owner.postJson("/api/v1/reminders", bad.get("times"));
		assertThat(medicine.body()).contains("at least 4 hours");
		// Beside the English words, a stable code and its arguments, for a client's own.
		JsonNode error = Http.json(owner.postJson("/api/v1/reminders", bad.get("kind"))).get("errors").get(0);
		assertThat(error.get("field").stringValue()).isEqualTo("kind");
		assertThat(error.get("code").stringValue()).isEqualTo("reminder.kind_unknown");
		assertThat(error.get("arguments").get(0).stringValue()).isEqualTo("nap");
		assertThat(error.get("message").stringValue()).startsWith("unknown kind 'nap'; allowed: ");
		assertThat(Http.json(owner.get("/api/v1/reminders")).size()).isZero();
		String id = Http.json(owner.postJson("/api/v1/reminders", MEDICINE)).get("id").stringValue();
		assertThat(owner.putJson("/api/v1/reminders/" + id, bad.get("times")).statusCode()).isEqualTo(400);
		assertThat(Http.json(owner.get("/api/v1/reminders/" + id)).get("kind").stringValue()).isEqualTo("medicine");
	}

	@Test
	void onlyTheOwnerReachesAReminder() {
		Http owner = patient();
		Http other = patient();
		String id = Http.json(owner.postJson("/api/v1/reminders", MEDICINE)).get("id").stringValue();
		assertThat(other.get("/api/v1/reminders/" + id).statusCode()).isEqualTo(404);
		assertThat(other.putJson("/api/v1/reminders/" + id, MEDICINE).statusCode()).isEqualTo(404);
		assertThat(other.delete("/api/v1/reminders/" + id).statusCode()).isEqualTo(404);
		assertThat(other.get("/api/v1/reminders").body()).doesNotContain(id);
		assertThat(new Http(this.port).get("/api/v1/reminders").statusCode()).isEqualTo(401);
		assertThat(new Http(this.port).postJson("/api/v1/reminders/feed", "").statusCode()).isEqualTo(401);
		assertThat(owner.get("/api/v1/reminders/" + id).statusCode()).isEqualTo(200);
	}

	/**
	 * The address is built from the configured public address, so a forged Host cannot
	 * hand the person a link to another site (sent raw: the JDK's client will not forge
	 * Host).
	 */
	@Test
	void theFeedAddressIsOnThePublicAddressWhateverTheHostHeaderSays() {
		String token = People.patientWithToken(new Http(this.port));
		String answer = Http.raw(this.port, "POST /api/v1/reminders/feed HTTP/1.1\r\nHost: evil.example\r\n"
				+ "Authorization: Bearer " + token + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
		assertThat(answer).startsWith("HTTP/1.1 201").doesNotContain("evil.example");
		assertThat(answer).contains("\"url\":\"http://localhost:" + this.port + "/calendar/")
			.contains("\"webcal\":\"webcal://localhost:" + this.port + "/calendar/");
	}

	@Test
	void theFeedParsesBackIntoEventsAndDiesWhenReplacedOrRevoked() throws Exception {
		Http owner = patient();
		String id = Http.json(owner.postJson("/api/v1/reminders", MEDICINE)).get("id").stringValue();
		owner.postJson("/api/v1/reminders", "{\"kind\":\"exercise\",\"times\":[\"18:00\"],\"days\":[\"sat\"],"
				+ "\"timeZone\":\"UTC\",\"active\":false}");
		HttpResponse<String> made = owner.postJson("/api/v1/reminders/feed", "");
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		String url = Http.json(made).get("url").stringValue();
		assertThat(Http.json(made).get("webcal").stringValue()).startsWith("webcal://");
		String path = url.substring(url.indexOf("/calendar/"));
		HttpResponse<String> feed = new Http(this.port).get(path);
		assertThat(feed.statusCode()).isEqualTo(200);
		assertThat(Http.contentType(feed)).startsWith("text/calendar");
		assertThat(feed.headers().firstValue("Cache-Control").orElse("")).contains("no-store").contains("private");
		Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).hasSize(2);
		assertThat(events).extracting((e) -> e.getProperty(Property.UID).orElseThrow().getValue())
			.containsExactlyInAnyOrder(id + "-0800@backstop", id + "-2000@backstop");
		VEvent morning = events.stream()
			.filter((e) -> e.getProperty(Property.UID).orElseThrow().getValue().endsWith("0800@backstop"))
			.findFirst()
			.orElseThrow();
		assertThat(morning.getProperty(Property.RRULE).orElseThrow().getValue()).isEqualTo("FREQ=DAILY");
		ZonedDateTime start = (ZonedDateTime) morning.getDateTimeStart().getDate();
		assertThat(feed.body()).contains("DTSTART;TZID=Europe/Madrid:").contains("BEGIN:VTIMEZONE");
		assertThat(start.toLocalTime()).isEqualTo(LocalTime.of(8, 0));
		assertThat(morning.getAlarms()).hasSize(1);
		// Generic text unless asked for detail: no medicine name, no label.
		assertThat(feed.body()).contains("Backstop: medicine").doesNotContain("ibuprofen").doesNotContain("Morning");

		HttpResponse<String> detailed = owner.postJson("/api/v1/reminders/feed", "{\"detail\":true}");
		String newPath = Http.json(detailed).get("url").stringValue().replaceFirst("^.*(/calendar/)", "/calendar/");
		assertThat(new Http(this.port).get(path).statusCode()).as("replaced").isEqualTo(404);
		assertThat(new Http(this.port).get(newPath).body()).contains("Morning pill");
		assertThat(owner.delete("/api/v1/reminders/feed").statusCode()).isEqualTo(204);
		assertThat(new Http(this.port).get(newPath).statusCode()).as("revoked").isEqualTo(404);
		assertThat(owner.get("/api/v1/account/audit?size=100").body()).contains("reminder_feed");
	}

	@Test
	void theExportHoldsRemindersAndDeletionRemovesThem() {
		Http anonymous = new Http(this.port);
		String email = People.signUp(anonymous);
		Http owner = anonymous.withToken(People.token(anonymous, email, "write"));
		String id = Http.json(owner.postJson("/api/v1/reminders", MEDICINE)).get("id").stringValue();
		JsonNode export = Http.json(owner.get("/api/v1/account/export"));
		assertThat(export.get("reminders").get(0).get("id").stringValue()).isEqualTo(id);
		assertThat(export.get("reminders").get(0).get("ingredient").stringValue()).isEqualTo("ibuprofen");
		HttpResponse<String> deleted = owner.deleteJson("/api/v1/account",
				"{\"password\":\"" + People.PASSWORD + "\",\"confirm\":\"delete my account\"}");
		assertThat(deleted.statusCode()).as(deleted.body()).isIn(200, 204);
		String anyone = People.patientWithToken(anonymous);
		assertThat(anonymous.withToken(anyone).get("/api/v1/reminders/" + id).statusCode()).isEqualTo(404);
	}

	@Test
	void theFormSaysWhatIsWrongInSpanishOnSpanishPages() {
		Http browser = People.signedIn(this.port, People.signUp(new Http(this.port)))
			.withHeader("Accept-Language", "es-ES");
		HttpResponse<String> page = browser.get("/account/reminders");
		HttpResponse<String> bad = browser.postForm("/account/reminders", Map.of("_csrf", Forms.csrfToken(page), "kind",
				"exercise", "times", "99:99", "timeZone", "Mars/Olympus", "active", "on"));
		assertThat(bad.body())
			.contains("id=\"reminder-times-error\">«99:99» no es una hora del día",
					"id=\"reminder-timeZone-error\">zona horaria desconocida «Mars/Olympus»")
			.doesNotContain("is not a time of day", "unknown time zone");
		// The zone is chosen from a list; a first reminder starts at the device's zone
		// (time-zone.js), UTC without a script; a zone that does not exist is shown as
		// sent, beside its error, to be corrected.
		assertThat(page.body())
			.containsPattern("<select id=\"reminder-timeZone\" name=\"timeZone\"\\s+data-suggest=\"true\"")
			.contains("<option value=\"UTC\" selected=\"selected\">UTC</option>",
					"<option value=\"America/Mexico_City\">America/Mexico_City</option>", "/js/time-zone.js");
		assertThat(bad.body()).contains("<option value=\"Mars/Olympus\" selected=\"selected\">Mars/Olympus</option>")
			.doesNotContain("data-suggest");
	}

	@Test
	void thePageShowsDueRemindersAndTakesForms() {
		Http browser = People.signedIn(this.port, People.signUp(new Http(this.port)));
		HttpResponse<String> page = browser.get("/account/reminders");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"reminder-form\"")
			.contains("id=\"due-reminders\"")
			.contains("hx-trigger=\"every 60s\"");
		String now = ZonedDateTime.now(ZoneId.of("UTC"))
			.plusMinutes(5)
			.toLocalTime()
			.withSecond(0)
			.withNano(0)
			.toString();
		HttpResponse<String> bad = browser.postForm("/account/reminders", Map.of("_csrf", Forms.csrfToken(page), "kind",
				"exercise", "times", "99:99", "timeZone", "UTC", "active", "on"));
		assertThat(bad.statusCode()).isEqualTo(200);
		assertThat(bad.body()).contains("aria-invalid=\"true\"")
			.contains("reminder-times-error")
			.contains("href=\"#reminder-times\"");
		HttpResponse<String> saved = browser.postForm("/account/reminders", Map.of("_csrf", Forms.csrfToken(page),
				"kind", "hydration", "label", "Glass of water", "times", now, "timeZone", "UTC", "active", "on"));
		assertThat(saved.statusCode()).isEqualTo(302);
		String listed = browser.get("/account/reminders").body();
		java.util.regex.Matcher edit = java.util.regex.Pattern.compile("\\?edit=([0-9a-f-]{36})").matcher(listed);
		assertThat(edit.find()).as(listed).isTrue();
		HttpResponse<String> editing = browser.get("/account/reminders?edit=" + edit.group(1));
		assertThat(editing.body()).contains("action=\"/account/reminders/" + edit.group(1) + "\"")
			.contains("value=\"Glass of water\"");
		HttpResponse<String> due = browser.get("/account/reminders/due");
		assertThat(due.body()).contains("Glass of water").contains(now);
		assertThat(browser.withHeader("HX-Request", "true").get("/account/reminders/due").body())
			.contains("Glass of water")
			.doesNotContain("<html");
		HttpResponse<String> feed = browser.postForm("/account/reminders/feed",
				Map.of("_csrf", Forms.csrfToken(browser.get("/account/reminders"))));
		assertThat(feed.body()).contains("id=\"feed-url\"").contains("webcal://");
		assertThat(new Http(this.port).get("/account/reminders").statusCode()).isIn(302, 401);
	}

	@Test
	void theEndpointsAreDescribedInOpenApi() {
		JsonNode paths = Http.json(new Http(this.port).get("/v3/api-docs")).get("paths");
		assertThat(paths.get("/api/v1/reminders").has("get")).isTrue();
		assertThat(paths.get("/api/v1/reminders").get("post").get("responses").has("400")).isTrue();
		assertThat(paths.get("/api/v1/reminders/{id}").has("put")).isTrue();
		assertThat(paths.get("/api/v1/reminders/{id}").has("delete")).isTrue();
		assertThat(paths.get("/api/v1/reminders/feed").has("delete")).isTrue();
		assertThat(paths.has("/calendar/{secret}.ics")).isTrue();
	}

	@Test
	void aReadTokenReadsButChangesNothing() {
		Http anonymous = new Http(this.port);
		String email = People.signUp(anonymous);
		Http writer = anonymous.withToken(People.token(anonymous, email, "write"));
		Http reader = anonymous.withToken(People.token(anonymous, email, "read"));
		String id = Http.json(writer.postJson("/api/v1/reminders", MEDICINE)).get("id").stringValue();
		assertThat(reader.get("/api/v1/reminders/" + id).statusCode()).isEqualTo(200);
		assertThat(reader.postJson("/api/v1/reminders", MEDICINE).statusCode()).isEqualTo(403);
		assertThat(reader.delete("/api/v1/reminders/" + id).statusCode()).isEqualTo(403);
		assertThat(reader.postJson("/api/v1/reminders/feed", "").statusCode()).isEqualTo(403);
		assertThat(Http.json(writer.get("/api/v1/reminders")).size()).isEqualTo(1);
	}

}
