package org.backstop.app.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.ApiTest;
import org.backstop.app.Forms;
import org.backstop.app.Http;
import org.backstop.app.People;

/**
 * The diary's pages over real HTTP: the quick log from the home page, the diary's forms,
 * insights with their interval plots, and progress with its escalations, in English and
 * Spanish, for the signed-in person only.
 */
@ApiTest
class DiaryPagesTest {

	private static final Pattern LOGGED = Pattern.compile("\\?logged=([0-9a-f-]{36})");

	@LocalServerPort
	int port;

	@Test
	void theHomePageLogsASpasmNowInTwoRequests() {
		Person person = new Person();
		HttpResponse<String> home = person.browser.get("/");
		assertThat(home.body()).contains("Spasm now? How bad is it?", "id=\"quick-pain-0\"", "id=\"quick-pain-10\"");
		HttpResponse<String> saved = person.browser.postForm("/account/diary/quick",
				Map.of("_csrf", Forms.csrfToken(home), "from", "home", "pain", "6", "timeZone", "Europe/Madrid"));
		assertThat(saved.statusCode()).isEqualTo(302);

		JsonNode entries = Http.json(person.api.get("/api/v1/diary/entries"));
		assertThat(entries.size()).isEqualTo(1);
		assertThat(entries.get(0).get("pain").intValue()).isEqualTo(6);
		assertThat(entries.get(0).get("spasms").intValue()).isEqualTo(1);
		assertThat(entries.get(0).get("timeZone").stringValue()).isEqualTo("Europe/Madrid");
		String location = saved.headers().firstValue("Location").orElseThrow();
		assertThat(location).contains("?logged=" + entries.get(0).get("id").stringValue());
	}

	@Test
	void afterTheQuickLogTheHomePageOffersDetailsOrUndo() {
		Person person = new Person();
		HttpResponse<String> home = person.browser.get("/");
		String location = person.browser
			.postForm("/account/diary/quick", Map.of("_csrf", Forms.csrfToken(home), "from", "home", "pain", "3"))
			.headers()
			.firstValue("Location")
			.orElseThrow();
		Matcher logged = LOGGED.matcher(location);
		assertThat(logged.find()).as(location).isTrue();
		String id = logged.group(1);
		String confirmed = person.browser.get("/?logged=" + id).body();
		assertThat(confirmed).contains("id=\"quick-logged\"", "/account/diary?edit=" + id,
				"/account/diary/entries/" + id + "/delete");
		assertThat(person.api.get("/api/v1/diary/entries").body()).as("without JavaScript, the zone defaults")
			.contains("\"timeZone\":\"UTC\"");

		HttpResponse<String> undone = person.browser.postForm("/account/diary/entries/" + id + "/delete",
				Map.of("_csrf", Forms.csrfToken(person.browser.get("/")), "from", "home"));
		assertThat(undone.headers().firstValue("Location").orElse("")).endsWith("/?undone");
		assertThat(Http.json(person.api.get("/api/v1/diary/entries")).size()).isZero();
	}

	@Test
	void anonymousVisitorsSeeNoQuickLogAndAreSentToSignIn() {
		Http anonymous = Http.browser(this.port);
		assertThat(anonymous.get("/").body()).doesNotContain("quick-log");
		for (String page : new String[] { "/account/diary", "/account/diary/insights", "/account/diary/progress" }) {
			HttpResponse<String> answer = anonymous.get(page);
			assertThat(answer.statusCode()).as(page).isEqualTo(302);
			assertThat(answer.headers().firstValue("Location").orElse("")).as(page).endsWith("/sign-in");
		}
	}

	@Test
	void aBadDayFactorIsShownBesideItsFieldAndNothingTypedIsLost() {
		Person person = new Person();
		HttpResponse<String> page = person.browser.get("/account/diary");
		assertThat(page.body()).contains("id=\"day-form\"", "Same as yesterday", "id=\"entry-form\"");
		Map<String, String> typed = new HashMap<>(
				Map.of("_csrf", Forms.csrfToken(page), "date", LocalDate.now(ZoneOffset.UTC).toString(), "sleepHours",
						"7.5", "stress", "11", "waterGlasses", "4", "sleepQuality", "poor", "notes", "long drive"));
		HttpResponse<String> bad = person.browser.postForm("/account/diary/day", typed);
		assertThat(bad.statusCode()).isEqualTo(200);
		assertThat(bad.body())
			.contains("id=\"day-stress-error\"", "aria-invalid=\"true\"", "value=\"11\"", "value=\"7.5\"",
					"value=\"4\"", "long drive")
			.containsPattern("value=\"poor\"\\s+selected");
		assertThat(person.api.get("/api/v1/diary/days/" + typed.get("date")).statusCode()).as("nothing stored")
			.isEqualTo(404);

		typed.put("stress", "8");
		HttpResponse<String> saved = person.browser.postForm("/account/diary/day", typed);
		assertThat(saved.statusCode()).isEqualTo(302);
		JsonNode day = Http.json(person.api.get("/api/v1/diary/days/" + typed.get("date")));
		assertThat(day.get("stress").intValue()).isEqualTo(8);
		assertThat(day.get("sleepHours").doubleValue()).isEqualTo(7.5);
	}

	@Test
	void yesterdaysFactorsCarryForwardInOneTap() {
		Person person = new Person();
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		assertThat(person.api.putJson("/api/v1/diary/days/" + today.minusDays(1), "{\"waterGlasses\":5,\"stress\":3}")
			.statusCode()).isEqualTo(200);
		HttpResponse<String> carried = person.browser.postForm("/account/diary/day/carry-forward",
				Map.of("_csrf", Forms.csrfToken(person.browser, "/account/diary"), "date", today.toString()));
		assertThat(carried.headers().firstValue("Location").orElse("")).contains("?carried");
		assertThat(Http.json(person.api.get("/api/v1/diary/days/" + today)).get("waterGlasses").intValue())
			.isEqualTo(5);
		assertThat(person.browser.get("/account/diary").body()).contains("value=\"5\"");
	}

	@Test
	void aFullEntryForAPastTimeIsListedUnderItsDayAndCanBeChanged() {
		Person person = new Person();
		LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
		Map<String, String> form = new HashMap<>(Map.of("_csrf", Forms.csrfToken(person.browser, "/account/diary"),
				"date", yesterday.toString(), "time", "21:30", "timeZone", "UTC", "pain", "7", "spasms", "2", "region",
				"lower_back", "treatmentName0", "heat", "treatmentBefore0", "7", "treatmentAfter0", "12"));
		form.put("medicine0", "ibuprofen");
		form.put("mg0", "400");
		form.put("symptom.leg_weakness", "not_sure");
		HttpResponse<String> bad = person.browser.postForm("/account/diary/entries", form);
		assertThat(bad.statusCode()).isEqualTo(200);
		assertThat(bad.body()).as("the bad pain after is named on its row")
			.contains("id=\"entry-treatmentAfter0-error\"", "value=\"12\"", "value=\"heat\"", "value=\"400\"");

		form.put("treatmentAfter0", "4");
		HttpResponse<String> saved = person.browser.postForm("/account/diary/entries", form);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location").orElseThrow()).as("a warning sign goes straight to progress")
			.endsWith("/account/diary/progress?warningSign");
		JsonNode entry = Http.json(person.api.get("/api/v1/diary/entries")).get(0);
		assertThat(entry.get("at").stringValue()).isEqualTo(yesterday + "T21:30:00Z");
		assertThat(entry.get("treatments").get(0).get("painAfter").intValue()).isEqualTo(4);
		assertThat(entry.get("medicines").get(0).get("mg").intValue()).isEqualTo(400);
		assertThat(entry.get("symptomsNotSure").get(0).stringValue()).isEqualTo("leg_weakness");

		String id = entry.get("id").stringValue();
		String diary = person.browser.get("/account/diary").body();
		assertThat(diary).contains("id=\"day-" + yesterday + "\"", "id=\"entry-" + id + "\"", "21:30",
				"Ibuprofen 400 mg", "heat (7 → 4)");
		String editing = person.browser.get("/account/diary?edit=" + id).body();
		assertThat(editing).contains("action=\"/account/diary/entries/" + id + "\"", "value=\"21:30\"");
		form.put("pain", "2");
		assertThat(person.browser.postForm("/account/diary/entries/" + id, form).statusCode()).isEqualTo(302);
		assertThat(Http.json(person.api.get("/api/v1/diary/entries/" + id)).get("pain").intValue()).isEqualTo(2);
	}

	@Test
	void personalFactorsAreAddedAskedDailyAndDeleted() {
		Person person = new Person();
		String csrf = Forms.csrfToken(person.browser, "/account/diary");
		assertThat(
				person.browser.postForm("/account/diary/factors", Map.of("_csrf", csrf, "name", "coffee")).statusCode())
			.isEqualTo(302);
		HttpResponse<String> twice = person.browser.postForm("/account/diary/factors",
				Map.of("_csrf", csrf, "name", "coffee"));
		assertThat(twice.body()).contains("id=\"factor-name-error\"", "value=\"coffee\"");
		assertThat(person.browser.get("/account/diary").body()).contains("name=\"personal:coffee\"");
		assertThat(person.browser.postForm("/account/diary/factors/delete", Map.of("_csrf", csrf, "name", "coffee"))
			.statusCode()).isEqualTo(302);
		assertThat(Http.json(person.api.get("/api/v1/diary/factors")).size()).isZero();
	}

	@Test
	void insightsDrawEachIntervalAndSayWhenMoreDaysAreNeeded() {
		Person person = new Person();
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		for (int i = 0; i < 6; i++) {
			assertThat(person.api
				.postJson("/api/v1/diary/entries",
						"{\"at\":\"" + today.minusDays(i) + "T08:00:00Z\",\"timeZone\":\"UTC\",\"pain\":6,"
								+ "\"treatments\":[{\"name\":\"heat\",\"painBefore\":" + (6 + i % 2) + ",\"painAfter\":"
								+ (3 + i % 3) + "}]}")
				.statusCode()).isEqualTo(201);
		}
		assertThat(person.api.putJson("/api/v1/diary/days/" + today, "{\"sleepHours\":5}").statusCode()).isEqualTo(200);
		String page = person.browser.get("/account/diary/insights").body();
		assertThat(page).contains("What your diary shows", "under 6 hours of sleep", "Not enough data yet")
			.contains("<svg class=\"plot\"", "class=\"plot__reference\"", "class=\"plot__interval\"")
			.contains("Pain was about");
		String spanish = person.browser.withHeader("Accept-Language", "es").get("/account/diary/insights").body();
		assertThat(spanish).contains("Lo que muestra tu diario", "menos de 6 horas de sueño",
				"Aún no hay datos suficientes", "El dolor fue unos");
	}

	@Test
	void aWarningSignWithoutAnAssessmentAsksForTheQuestionsNow() {
		Person person = new Person();
		person.api.postJson("/api/v1/diary/entries", "{\"pain\":5,\"symptomsNotSure\":[\"saddle_numbness\"]}");
		String page = person.browser.get("/account/diary/progress").body();
		assertThat(page).contains("id=\"assess-now\"", "Answer the questions now", "href=\"/assess\"",
				"id=\"emergency-guidance\"");
	}

	@Test
	void anEscalationIsShownAtItsLevelWithItsSources() {
		Person person = new Person();
		assertThat(person.api.postJson("/api/v1/assessments",
				"{\"age\":35,\"sex\":\"male\",\"pain\":{\"intensity\":3,\"region\":\"lower_back\",\"durationDays\":2}}")
			.statusCode()).isEqualTo(201);
		person.api.postJson("/api/v1/diary/entries", "{\"pain\":4}");
		assertThat(person.browser.get("/account/diary/progress").body()).contains("id=\"no-escalation\"")
			.doesNotContain("class=\"level escalation");
		person.api.postJson("/api/v1/diary/entries", "{\"pain\":8,\"symptoms\":[\"chest_pain\"]}");
		String page = person.browser.get("/account/diary/progress").body();
		assertThat(page).contains("id=\"escalation-new_warning_sign\"", "class=\"level escalation level--emergency",
				"You noted a warning sign since your last check", "Sources:", "id=\"emergency-guidance\"",
				"id=\"pain-by-day\"");
		String spanish = person.browser.withHeader("Accept-Language", "es").get("/account/diary/progress").body();
		assertThat(spanish).contains("¿Estás mejorando?", "Anotaste una señal de alarma desde tu última revisión",
				"Fuentes:");
	}

	@Test
	void theDiaryPageSpeaksSpanishAndIsLinkedFromTheAccount() {
		Person person = new Person();
		assertThat(person.browser.get("/account").body()).contains("href=\"/account/diary\"");
		Http spanish = person.browser.withHeader("Accept-Language", "es");
		assertThat(spanish.get("/account/diary").body()).contains("Tu diario", "¿Un espasmo ahora? ¿Cuánto duele?",
				"Igual que ayer", "Tus propios factores", "Añadir una anotación de otro momento");
		assertThat(spanish.get("/").body()).contains("¿Un espasmo ahora? ¿Cuánto duele?");
	}

	/** A new person, with a token for the API and a signed-in browser for the pages. */
	private final class Person {

		final Http api;

		final Http browser;

		Person() {
			Http http = new Http(DiaryPagesTest.this.port);
			String email = People.signUp(http);
			this.api = http.withToken(People.token(http, email, "write"));
			this.browser = People.signedIn(DiaryPagesTest.this.port, email);
		}

	}

}
