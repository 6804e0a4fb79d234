package org.backstop.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.ApiTest;
import org.backstop.app.Http;
import org.backstop.app.People;
import org.backstop.app.account.Role;

/**
 * The page that tells a person who has seen their data, over real HTTP: every action in
 * words, other people's entries apart, nobody else's trail.
 */
@ApiTest
class ActivityPageTest {

	static final String INPUT = """
			{"age":35,"sex":"male","pain":{"intensity":3,"region":"lower_back","durationDays":2}}""";

	private static final Pattern OLDER = Pattern.compile("id=\"older\" href=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	AuditTrail trail;

	@Test
	void whatThePersonDidIsListedInWordsNewestFirst() {
		Http api = new Http(this.port);
		String email = People.signUp(api);
		Http owner = api.withToken(People.token(api, email, "write"));
		String id = Http.json(owner.postJson("/api/v1/assessments", INPUT)).get("id").stringValue();
		owner.get("/api/v1/assessments/" + id);
		owner.get("/api/v1/account/export");
		Http browser = People.signedIn(this.port, email);

		HttpResponse<String> page = browser.get("/account/activity");
		assertThat(page.statusCode()).isEqualTo(200);
		String body = page.body();
		assertThat(body)
			.contains("Who has seen your data", "Downloaded everything Backstop keeps about you",
					"Opened a saved assessment", "Saved an assessment", ">You<")
			.doesNotContain("??", "by-others");
		assertThat(body.indexOf("Downloaded everything")).as("newest first")
			.isLessThan(body.indexOf("Opened a saved assessment"));
		assertThat(body.indexOf("Opened a saved assessment")).isLessThan(body.indexOf("Saved an assessment"));
		assertThat(browser.get("/account").body()).contains("href=\"/account/activity\"");

		assertThat(browser.get("/account/activity?who=others").body()).contains("id=\"no-activity\"",
				"Nobody but you has opened");
	}

	@Test
	void whatOthersDidStandsOutAndCanBeShownAlone() {
		Http api = new Http(this.port);
		String email = People.signUp(api);
		Http owner = api.withToken(People.token(api, email, "write"));
		UUID ownerId = UUID.fromString(Http.json(owner.get("/api/v1/account")).get("id").stringValue());
		String id = Http.json(owner.postJson("/api/v1/assessments", INPUT)).get("id").stringValue();
		// Sharing with a clinic is not built yet; the entry is what such a read will
		// leave.
		this.trail.record(ownerId, UUID.randomUUID(), Role.CLINICIAN, AuditAction.READ, "assessment",
				UUID.fromString(id));
		this.trail.record(ownerId, null, Role.ADMIN, AuditAction.EXPORT, "account", ownerId);

		Http browser = People.signedIn(this.port, email);
		String everything = browser.get("/account/activity").body();
		assertThat(everything).contains("A clinician", "An account that has since been deleted", ">You<",
				"class=\"by-others\"");
		String others = browser.get("/account/activity?who=others").body();
		assertThat(others)
			.contains("A clinician", "Opened a saved assessment", "An account that has since been deleted",
					"Downloaded everything Backstop keeps about you", "What other people did with your data")
			.doesNotContain(">You<", "Saved an assessment");

		HttpResponse<String> hand = browser.get("/account/activity?who=everyone");
		assertThat(hand.statusCode()).isEqualTo(302);
		assertThat(hand.headers().firstValue("Location").orElse("")).endsWith("/account/activity");
	}

	@Test
	void manyEntriesTakeSeveralPagesWhicheverListIsShown() {
		Http api = new Http(this.port);
		String email = People.signUp(api);
		UUID ownerId = UUID.fromString(Http.json(api.withToken(People.token(api, email, "read")).get("/api/v1/account"))
			.get("id")
			.stringValue());
		for (int i = 0; i < 25; i++) {
			this.trail.record(ownerId, UUID.randomUUID(), Role.CLINICIAN, AuditAction.READ, "assessment",
					UUID.randomUUID());
		}
		Http browser = People.signedIn(this.port, email);
		for (String list : new String[] { "/account/activity", "/account/activity?who=others" }) {
			HttpResponse<String> first = browser.get(list);
			assertThat(first.body()).contains("Page 1 of 2");
			Matcher older = OLDER.matcher(first.body());
			assertThat(older.find()).as("a link to older entries on " + list).isTrue();
			HttpResponse<String> second = browser.get(older.group(1).replace("&amp;", "&"));
			assertThat(second.statusCode()).as(older.group(1)).isEqualTo(200);
			assertThat(second.body()).contains("Page 2 of 2", "id=\"newer\"");
		}
		HttpResponse<String> pastTheEnd = browser.get("/account/activity?page=9&who=others");
		assertThat(pastTheEnd.statusCode()).isEqualTo(302);
		assertThat(pastTheEnd.headers().firstValue("Location").orElse(""))
			.endsWith("/account/activity?page=1&who=others");
	}

	@Test
	void readsThroughTheCalendarAddressCountAsSomeoneElsesEveryOneKept() {
		Http api = new Http(this.port);
		String email = People.signUp(api);
		Http owner = api.withToken(People.token(api, email, "write"));
		owner.postJson("/api/v1/reminders", "{\"kind\":\"hydration\",\"times\":[\"09:00\"],\"timeZone\":\"UTC\"}");
		String feed = Http.json(owner.postJson("/api/v1/reminders/feed", "{}"))
			.get("url")
			.stringValue()
			.replaceFirst("^.*(/calendar/)", "/calendar/");
		assertThat(api.get(feed).statusCode()).isEqualTo(200);
		assertThat(api.get(feed).statusCode()).isEqualTo(200);

		String others = People.signedIn(this.port, email).get("/account/activity?who=others").body();
		assertThat(others)
			.contains("Anyone with your calendar address", "Read your reminders through the secret calendar address")
			.doesNotContain("id=\"no-activity\"", "Made a calendar address");
		assertThat(others.split("Read your reminders through the secret calendar address", -1)).as("both reads kept")
			.hasSize(3);
	}

	@Test
	void aPersonSeesOnlyTheirOwnTrailInTheirLanguage() {
		Http api = new Http(this.port);
		String ownerEmail = People.signUp(api);
		Http owner = api.withToken(People.token(api, ownerEmail, "write"));
		owner.postJson("/api/v1/assessments", INPUT);
		owner.get("/api/v1/account/export");

		Http stranger = People.signedIn(this.port, People.signUp(api)).withHeader("Accept-Language", "es");
		String theirs = stranger.get("/account/activity").body();
		assertThat(theirs).contains("Quién ha visto tus datos", "Aún no hay nada anotado")
			.doesNotContain("Descargó todo", "Guardó una evaluación", "id=\"activity\"");
		stranger.get("/api/v1/account");
		assertThat(People.signedIn(this.port, ownerEmail)
			.withHeader("Accept-Language", "es")
			.get("/account/activity")
			.body()).contains("Guardó una evaluación", "Descargó todo lo que Backstop guarda sobre ti", ">Tú<");

		HttpResponse<String> anonymous = Http.browser(this.port).get("/account/activity");
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location").orElse("")).endsWith("/sign-in");
	}

}
