package org.backstop.app.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.ApiTest;
import org.backstop.app.Http;
import org.backstop.app.People;

/**
 * The diary's CSV export and import over real HTTP: a round trip, and bad files refused
 * whole.
 */
@ApiTest
class DiaryCsvApiTest {

	@LocalServerPort
	int port;

	private Http patient() {
		return new Http(this.port).withToken(People.patientWithToken(new Http(this.port)));
	}

	private static HttpResponse<String> postCsv(Http http, String path, String csv) {
		return http.post(path, "text/csv", HttpRequest.BodyPublishers.ofString(csv));
	}

	@Test
	void anExportedDiaryImportsIntoAnotherAccountAndExportsTheSame() {
		Http first = patient();
		first.postJson("/api/v1/diary/entries",
				"{\"at\":\"2026-11-20T08:15:00+01:00\",\"timeZone\":\"Europe/Madrid\",\"pain\":6,\"spasms\":1,"
						+ "\"treatments\":[{\"name\":\"heat_wrap\",\"painBefore\":6,\"painAfter\":3},{\"name\":\"walk, slow\"}],"
						+ "\"medicines\":[{\"medicine\":\"ibuprofen\",\"mg\":400}],\"symptomsNotSure\":[\"leg_weakness\"],"
						+ "\"notes\":\"said \\\"ouch\\\", twice\"}");
		first.postJson("/api/v1/diary/entries",
				"{\"at\":\"2026-11-21T20:00:00+01:00\",\"timeZone\":\"Europe/Madrid\",\"pain\":2}");
		first.postJson("/api/v1/diary/factors", "{\"name\":\"coffee\"}");
		first.putJson("/api/v1/diary/days/2026-11-20",
				"{\"sleepHours\":5.5,\"lifting\":true,\"stress\":7,\"personal\":{\"coffee\":true}}");
		String range = "?from=2026-11-01&to=2026-11-30";
		HttpResponse<String> entries = first.get("/api/v1/diary/entries.csv" + range);
		assertThat(entries.statusCode()).isEqualTo(200);
		assertThat(Http.contentType(entries)).startsWith("text/csv");
		assertThat(entries.body()).startsWith("id,at,timeZone,date,pain,")
			.contains("\"heat_wrap: 6 > 3; walk, slow\"")
			.contains("ibuprofen 400");
		String days = first.get("/api/v1/diary/days.csv" + range).body();
		assertThat(days).startsWith("date,sleepHours,").contains("personal:coffee").contains("2026-11-20,5.5,");

		Http second = patient();
		HttpResponse<String> imported = postCsv(second, "/api/v1/diary/entries.csv", entries.body());
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
		assertThat(Http.json(imported).get("imported").intValue()).isEqualTo(2);
		assertThat(postCsv(second, "/api/v1/diary/days.csv", days).statusCode()).isEqualTo(201);
		assertThat(withoutIds(second.get("/api/v1/diary/entries.csv" + range).body()))
			.isEqualTo(withoutIds(entries.body()));
		assertThat(second.get("/api/v1/diary/days.csv" + range).body()).isEqualTo(days);
	}

	@Test
	void aFileWithAnyBadRowIsRefusedWholeNamingLineAndColumn() {
		Http owner = patient();
		String csv = "at,pain,spasms\n2026-11-20T08:00:00Z,5,1\n2026-11-21T08:00:00Z,eleven,1\n"
				+ "2026-11-22T08:00:00Z,4,-2\n";
		HttpResponse<String> answer = postCsv(owner, "/api/v1/diary/entries.csv", csv);
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(Http.errorFields(answer)).containsExactly("line 3, pain", "line 4, spasms");
		assertThat(Http.json(owner.get("/api/v1/diary/entries?from=2026-11-01&to=2026-11-30")).size()).isZero();
		assertThat(Http.errorFields(postCsv(owner, "/api/v1/diary/entries.csv", "at,mood\n2026-11-20T08:00:00Z,ok\n")))
			.containsExactly("line 1");
		assertThat(Http.errorFields(postCsv(owner, "/api/v1/diary/days.csv", "date,stress\n2026-11-31,3\n")))
			.containsExactly("line 2, date");
		assertThat(postCsv(owner, "/api/v1/diary/entries.csv", "at,pain\n\"2026-11-20,5\n").statusCode())
			.isEqualTo(400);
	}

	private static String withoutIds(String csv) {
		return csv.replaceAll("(?m)^[0-9a-f-]{36},", ",");
	}

}
