package org.backstop.app.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.ApiTest;
import org.backstop.app.Http;
import org.backstop.app.People;

/** The diary over real HTTP: entries, days, personal factors, insights and bad input. */
@ApiTest
class DiaryApiTest {

	@LocalServerPort
	int port;

	private Http patient() {
		return new Http(this.port).withToken(People.patientWithToken(new Http(this.port)));
	}

	@Test
	void spasmNowPainSixIsOneShortRequest() {
		Http owner = patient();
		HttpResponse<String> created = owner.postJson("/api/v1/diary/entries", "{\"spasms\":1,\"pain\":6}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode entry = Http.json(created);
		String id = entry.get("id").stringValue();
		assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/diary/entries/" + id);
		assertThat(entry.get("pain").intValue()).isEqualTo(6);
		assertThat(entry.get("timeZone").stringValue()).isEqualTo("UTC");
		assertThat(Http.json(owner.get("/api/v1/diary/entries")).size()).isEqualTo(1);
	}

	@Test
	void anEntryCarriesWhatWasDoneAndCanBeEditedAndDeleted() {
		Http owner = patient();
		String full = "{\"at\":\"2026-12-01T21:30:00+01:00\",\"timeZone\":\"Europe/Madrid\",\"pain\":7,\"spasms\":2,"
				+ "\"region\":\"lower_back\",\"mobility\":\"reduced\",\"treatments\":[{\"name\":\"heat_wrap\","
				+ "\"painBefore\":7,\"painAfter\":4},{\"name\":\"cat_cow\"}],\"medicines\":[{\"medicine\":\"ibuprofen\","
				+ "\"mg\":400}],\"symptomsNotSure\":[\"leg_weakness\"],\"notes\":\"after gardening\"}";
		HttpResponse<String> created = owner.postJson("/api/v1/diary/entries", full);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = Http.json(created).get("id").stringValue();
		JsonNode read = Http.json(owner.get("/api/v1/diary/entries/" + id));
		assertThat(read.get("at").stringValue()).isEqualTo("2026-12-01T21:30:00+01:00");
		assertThat(read.get("date").stringValue()).isEqualTo("2026-12-01");
		assertThat(read.get("treatments").get(0).get("painAfter").intValue()).isEqualTo(4);
		assertThat(read.get("treatments").get(1).has("painBefore")).isFalse();
		assertThat(read.get("medicines").get(0).get("mg").intValue()).isEqualTo(400);
		assertThat(read.get("symptomsNotSure").get(0).stringValue()).isEqualTo("leg_weakness");
		HttpResponse<String> updated = owner.putJson("/api/v1/diary/entries/" + id, "{\"pain\":3,\"spasms\":0}");
		assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
		JsonNode after = Http.json(owner.get("/api/v1/diary/entries/" + id));
		assertThat(after.get("pain").intValue()).isEqualTo(3);
		assertThat(after.get("at").stringValue()).as("kept its time").isEqualTo("2026-12-01T21:30:00+01:00");
		assertThat(after.has("treatments") && after.get("treatments").size() > 0).isFalse();
		assertThat(owner.delete("/api/v1/diary/entries/" + id).statusCode()).isEqualTo(204);
		assertThat(owner.get("/api/v1/diary/entries/" + id).statusCode()).isEqualTo(404);
	}

	@Test
	void aPersonsDayIsTheirLocalDay() {
		Http owner = patient();
		// 23:30 in Madrid on 1 December is 22:30 UTC; 00:30 on 2 December is 23:30 UTC on
		// the 1st
		owner.postJson("/api/v1/diary/entries",
				"{\"at\":\"2026-12-01T22:30:00Z\",\"timeZone\":\"Europe/Madrid\",\"spasms\":1}");
		owner.postJson("/api/v1/diary/entries",
				"{\"at\":\"2026-12-01T23:30:00Z\",\"timeZone\":\"Europe/Madrid\",\"spasms\":1}");
		JsonNode first = Http.json(owner.get("/api/v1/diary/entries?from=2026-12-01&to=2026-12-01"));
		JsonNode second = Http.json(owner.get("/api/v1/diary/entries?from=2026-12-02&to=2026-12-02"));
		assertThat(first.size()).isEqualTo(1);
		assertThat(second.size()).isEqualTo(1);
		assertThat(second.get(0).get("at").stringValue()).isEqualTo("2026-12-02T00:30:00+01:00");
		HttpResponse<String> quick = owner.postJson("/api/v1/diary/entries", "{\"pain\":2}");
		assertThat(Http.json(quick).get("timeZone").stringValue()).as("the latest entry's zone")
			.isEqualTo("Europe/Madrid");
	}

	@Test
	void someoneElsesEntryIsNotFound() {
		Http owner = patient();
		Http other = patient();
		String id = Http.json(owner.postJson("/api/v1/diary/entries", "{\"pain\":5}")).get("id").stringValue();
		assertThat(other.get("/api/v1/diary/entries/" + id).statusCode()).isEqualTo(404);
		assertThat(other.putJson("/api/v1/diary/entries/" + id, "{\"pain\":1}").statusCode()).isEqualTo(404);
		assertThat(other.delete("/api/v1/diary/entries/" + id).statusCode()).isEqualTo(404);
		assertThat(owner.get("/api/v1/diary/entries/not-an-id").statusCode()).isEqualTo(404);
		assertThat(Http.json(owner.get("/api/v1/diary/entries/" + id)).get("pain").intValue()).isEqualTo(5);
		assertThat(new Http(this.port).get("/api/v1/diary/entries").statusCode()).isEqualTo(401);
	}

	@Test
	void badInputNamesTheFieldAndStoresNothing() {
		Http owner = patient();
		String id = Http.json(owner.postJson("/api/v1/diary/entries", "{\"pain\":5}")).get("id").stringValue();
		Map<String, String> bad = Map.of("pain", "{\"pain\":11}", "spasms", "{\"spasms\":-1}", "region",
				"{\"pain\":3,\"region\":\"elbow\"}", "medicines[0].mg",
				"{\"medicines\":[{\"medicine\":\"ibuprofen\",\"mg\":0}]}", "medicines[0].medicine",
				"{\"medicines\":[{\"medicine\":\"morphine\",\"mg\":10}]}", "timeZone",
				"{\"pain\":3,\"timeZone\":\"Mars/Olympus\"}", "at", "{\"pain\":3,\"at\":\"2999-01-01T00:00:00Z\"}",
				"surprise", "{\"pain\":3,\"surprise\":true}", "$", "{}", "symptoms[0]",
				"{\"symptoms\":[\"sore_elbow\"]}");
		bad.forEach((field, json) -> {
			HttpResponse<String> answer = owner.postJson("/api/v1/diary/entries", json);
			assertThat(answer.statusCode()).as(json).isEqualTo(400);
			assertThat(Http.contentType(answer)).startsWith("application/problem+json");
			assertThat(Http.errorFields(answer)).as(answer.body()).contains(field);
			HttpResponse<String> replaced = owner.putJson("/api/v1/diary/entries/" + id, json);
			assertThat(replaced.statusCode()).as(json).isEqualTo(400);
		});
		assertThat(owner.postJson("/api/v1/diary/entries", "{\"pain\":").statusCode()).isEqualTo(400);
		JsonNode entries = Http.json(owner.get("/api/v1/diary/entries"));
		assertThat(entries.size()).isEqualTo(1);
		assertThat(entries.get(0).get("pain").intValue()).isEqualTo(5);
		assertThat(Http.errorFields(owner.get("/api/v1/diary/entries?from=yesterday"))).containsExactly("from");
		assertThat(Http.errorFields(owner.get("/api/v1/diary/entries?from=2020-01-01&to=2026-01-01")))
			.containsExactly("from");
	}

	@Test
	void dailyFactorsAreSetReadAndCarriedForward() {
		Http owner = patient();
		assertThat(owner.postJson("/api/v1/diary/factors", "{\"name\":\"coffee\"}").statusCode()).isEqualTo(201);
		assertThat(owner.postJson("/api/v1/diary/factors", "{\"name\":\"coffee\"}").statusCode()).isEqualTo(409);
		HttpResponse<String> saved = owner.putJson("/api/v1/diary/days/2026-11-30",
				"{\"sleepHours\":5.5,\"sleepQuality\":\"poor\",\"sleepPosition\":\"front\",\"mattress\":\"soft\","
						+ "\"waterGlasses\":4,\"sittingHours\":9,\"lifting\":true,\"exerciseMinutes\":0,\"stress\":8,"
						+ "\"alcoholUnits\":2,\"notes\":\"long drive\",\"personal\":{\"coffee\":true}}");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
		JsonNode day = Http.json(owner.get("/api/v1/diary/days/2026-11-30"));
		assertThat(day.get("sleepHours").doubleValue()).isEqualTo(5.5);
		assertThat(day.get("personal").get("coffee").booleanValue()).isTrue();
		HttpResponse<String> carried = owner.postJson("/api/v1/diary/days/2026-12-01/carry-forward", "");
		assertThat(carried.statusCode()).as(carried.body()).isEqualTo(200);
		JsonNode copy = Http.json(owner.get("/api/v1/diary/days/2026-12-01"));
		assertThat(copy.get("stress").intValue()).isEqualTo(8);
		assertThat(copy.get("personal").get("coffee").booleanValue()).isTrue();
		assertThat(copy.has("notes")).as("notes belong to their day").isFalse();
		assertThat(owner.postJson("/api/v1/diary/days/2026-12-20/carry-forward", "").statusCode()).isEqualTo(404);
		assertThat(Http.errorFields(owner.putJson("/api/v1/diary/days/2026-12-01", "{\"sleepHours\":6.3}")))
			.containsExactly("sleepHours");
		assertThat(Http.errorFields(owner.putJson("/api/v1/diary/days/2026-12-01", "{\"personal\":{\"tea\":true}}")))
			.containsExactly("personal.tea");
		assertThat(owner.putJson("/api/v1/diary/days/someday", "{}").statusCode()).isEqualTo(400);
		assertThat(Http.json(owner.get("/api/v1/diary/days/2026-12-01")).get("stress").intValue()).as("nothing lost")
			.isEqualTo(8);
		assertThat(owner.delete("/api/v1/diary/factors/coffee").statusCode()).isEqualTo(204);
		assertThat(Http.json(owner.get("/api/v1/diary/days/2026-12-01")).has("personal")
				&& Http.json(owner.get("/api/v1/diary/days/2026-12-01")).get("personal").size() > 0)
			.isFalse();
	}

	@Test
	void insightsSayHowMuchMoreToLogAndThenFindAPlantedTrigger() {
		Http owner = patient();
		JsonNode early = Http.json(owner.get("/api/v1/diary/insights"));
		assertThat(early.get("daysLogged").intValue()).isZero();
		LocalDate day = LocalDate.of(2026, 9, 1);
		for (int i = 0; i < 40; i++, day = day.plusDays(1)) {
			boolean shortNight = i % 2 == 0;
			owner.putJson("/api/v1/diary/days/" + day, "{\"sleepHours\":" + (shortNight ? 5 : 8) + "}");
			// spasms on most short-sleep days and on few others
			if (shortNight ? i % 10 != 0 : i % 10 == 1) {
				owner.postJson("/api/v1/diary/entries", "{\"at\":\"" + day + "T18:00:00Z\",\"spasms\":1,\"pain\":6,"
						+ "\"treatments\":[{\"name\":\"heat_wrap\",\"painBefore\":6,\"painAfter\":3}]}");
			}
		}
		JsonNode insights = Http.json(owner.get("/api/v1/diary/insights"));
		assertThat(insights.get("daysLogged").intValue()).isEqualTo(40);
		JsonNode shortSleep = null;
		for (JsonNode trigger : insights.get("triggers")) {
			if (trigger.get("factor").stringValue().equals("short_sleep")
					&& trigger.get("lag").stringValue().equals("same_day")) {
				shortSleep = trigger;
			}
		}
		assertThat(shortSleep).isNotNull();
		assertThat(shortSleep.get("status").stringValue()).isEqualTo("measured");
		assertThat(shortSleep.get("support").stringValue()).isEqualTo("supported");
		assertThat(shortSleep.get("riskRatio").get("lower").doubleValue()).isGreaterThan(1);
		JsonNode heat = insights.get("treatments").get(0);
		assertThat(heat.get("treatment").stringValue()).isEqualTo("heat_wrap");
		assertThat(heat.get("relief").get("estimate").doubleValue()).isEqualTo(3.0);
		assertThat(heat.get("summary").get("code").stringValue()).startsWith("insight.treatment.less_pain");
	}

	@Test
	void aWarningSignLoggedAfterAnAssessmentIsTriagedAgainAtOnce() {
		Http owner = patient();
		String spasm = "{\"age\":35,\"sex\":\"female\",\"pain\":{\"intensity\":4,\"region\":\"lower_back\","
				+ "\"durationDays\":2}}";
		assertThat(owner.postJson("/api/v1/assessments", spasm).statusCode()).isEqualTo(201);
		JsonNode calm = Http.json(owner.get("/api/v1/diary/progress"));
		assertThat(calm.get("assessed").booleanValue()).isTrue();
		assertThat(calm.get("escalations").size()).isZero();
		JsonNode saved = Http
			.json(owner.postJson("/api/v1/diary/entries", "{\"pain\":5,\"symptoms\":[\"saddle_numbness\"]}"));
		assertThat(saved.get("review").get("escalations").get(0).get("level").stringValue())
			.as("the answer to saving it says so at once")
			.isEqualTo("emergency");
		assertThat(Http.json(owner.postJson("/api/v1/diary/entries", "{\"pain\":4}")).has("review")).isFalse();
		JsonNode progress = Http.json(owner.get("/api/v1/diary/progress"));
		JsonNode first = progress.get("escalations").get(0);
		assertThat(first.get("reason").stringValue()).isEqualTo("new_warning_sign");
		assertThat(first.get("level").stringValue()).isEqualTo("emergency");
		assertThat(first.get("sources").size()).isPositive();
	}

	@Test
	void aWarningSignWithoutAnAssessmentAsksForOneNow() {
		Http owner = patient();
		owner.postJson("/api/v1/diary/entries", "{\"pain\":3}");
		assertThat(Http.json(owner.get("/api/v1/diary/progress")).get("assessNow").booleanValue()).isFalse();
		JsonNode saved = Http
			.json(owner.postJson("/api/v1/diary/entries", "{\"symptomsNotSure\":[\"urinary_retention\"]}"));
		assertThat(saved.get("review").get("assessNow").booleanValue()).isTrue();
		JsonNode progress = Http.json(owner.get("/api/v1/diary/progress"));
		assertThat(progress.get("assessed").booleanValue()).isFalse();
		assertThat(progress.get("assessNow").booleanValue()).isTrue();
	}

	@Test
	void medicinesLoggedInTheDiaryFeedTheDoseCheck() {
		Http owner = patient();
		assertThat(owner.get("/api/v1/diary/doses").statusCode()).as("no assessment, no limits").isEqualTo(404);
		owner.postJson("/api/v1/assessments", "{\"age\":40,\"sex\":\"male\",\"pain\":{\"intensity\":5,"
				+ "\"region\":\"lower_back\",\"durationDays\":2}}");
		owner.postJson("/api/v1/diary/entries", "{\"medicines\":[{\"medicine\":\"ibuprofen\",\"mg\":400}]}");
		JsonNode check = Http.json(owner.get("/api/v1/diary/doses"));
		JsonNode ibuprofen = null;
		for (JsonNode medicine : check.get("medicines")) {
			if (medicine.get("medicine").stringValue().equals("ibuprofen")) {
				ibuprofen = medicine;
			}
		}
		assertThat(ibuprofen).as(check.toString()).isNotNull();
		assertThat(ibuprofen.get("allowedNow").booleanValue()).as("a dose was just taken").isFalse();
	}

}
