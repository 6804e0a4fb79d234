package org.backstop.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.constant;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.backstop.app.ApiTest;
import org.backstop.app.Forms;
import org.backstop.app.Http;
import org.backstop.app.People;
import org.backstop.app.SlowTest;
import org.backstop.app.TestDatabase;

/**
 * Sends every API endpoint and every web form what an attacker or a broken client would:
 * wrong JSON types, huge numbers, deep nesting, long text, control characters, emoji and
 * lone surrogates (as JSON escapes and as raw bytes), injection strings, malformed JSON
 * and odd headers. Whatever comes in, Backstop answers without a server error and without
 * naming its internals, in the form the caller reads (a problem for the API, a page for a
 * browser), and stores nothing when it refuses. Slow: thousands of requests.
 */
@ApiTest
@SlowTest
class FuzzApiTest {

	/** Same cases on every run, so that counts before and after a change compare. */
	private static final long SEED = 20261204L;

	private static final int EXAMPLES = 10;

	private static final Pattern INTERNALS = Pattern.compile(
			"java\\.|tools\\.jackson|com\\.fasterxml|org\\.springframework|org\\.h2|org\\.postgresql|Exception|\\tat "
					+ "|StreamReadConstraints|JsonToken|START_OBJECT|VALUE_STRING|`|Source:");

	/** Lengths around the documented limits of Backstop's text fields. */
	private static final List<Integer> LENGTHS = List.of(0, 1, 33, 41, 51, 64, 65, 80, 81, 100, 101, 128, 129, 200, 255,
			256, 513, 4097);

	private static final String EMOJI = "\uD83D\uDE00";

	private static final List<String> INJECTIONS = List.of("' OR '1'='1' --", "'; DROP TABLE account; --",
			"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "${7*7}", "[[${7*7}]]", "../../etc/passwd",
			"%00", "\\", "\"", "{{7*7}}", "*/*", "null");

	private static final List<String> CONTROLS = List.of("\u0000", "\u0001", "\u0007", "\u0008", "\u000B", "\u000C",
			"\r", "\u001B", "\u001F", "\u007F", "\u0085", "\u2028", "\uFEFF");

	/** The values that found server errors once: every field gets each of them. */
	private static final List<String> SHARP_JSON = List.of("\"a\\u0000b\"", "\"\\uD800\"",
			"\"" + EMOJI.repeat(81) + "\"", "\"" + EMOJI.repeat(101) + "\"", "\"" + EMOJI.repeat(80) + "\"");

	private static final List<String> SHARP_FORM = List.of("a%00b", "%ED%A0%80", encode(EMOJI.repeat(81)),
			encode(EMOJI.repeat(101)), encode(EMOJI.repeat(80)));

	private static int requests;

	private static int serverErrors;

	private static final List<String> findings = new ArrayList<>();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private Http api;

	private String token;

	private Http browser;

	private String email;

	private UUID accountId;

	private String reminderId;

	@BeforeEach
	void person() {
		Http anonymous = new Http(this.port);
		this.email = People.signUp(anonymous);
		this.api = anonymous;
		this.token = People.token(anonymous, this.email, "write");
		this.browser = People.signedIn(this.port, this.email);
		this.accountId = this.jdbc.sql("SELECT id FROM account WHERE email = ?")
			.param(this.email)
			.query(UUID.class)
			.single();
		HttpResponse<String> made = this.api.withToken(this.token)
			.postJson("/api/v1/reminders",
					"{\"kind\":\"exercise\",\"label\":\"stretch\",\"times\":[\"08:00\"],\"timeZone\":\"Europe/Madrid\"}");
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		this.reminderId = Http.json(made).get("id").stringValue();
	}

	@AfterAll
	static void report() {
		System.out.println("Fuzzing on " + (TestDatabase.isPostgresql() ? "PostgreSQL" : "H2") + ": " + requests
				+ " requests, " + serverErrors + " server errors, " + findings.size() + " findings");
		findings.stream().limit(120).forEach((finding) -> System.out.println("  " + finding));
	}

	@Test
	void jsonFieldsTakeAnyValueWithoutAServerError() {
		Map<String, Map<String, String>> bodies = new LinkedHashMap<>();
		bodies.put("POST /api/v1/assessments", Map.of("age", "42", "sex", "\"female\"", "pain",
				"{\"intensity\":7,\"region\":\"lower_back\",\"durationDays\":3}"));
		bodies.put("POST /api/v1/plans", Map.of("age", "42", "sex", "\"female\"", "pain",
				"{\"intensity\":7,\"region\":\"lower_back\",\"durationDays\":3}", "currentMedicines", "[]"));
		bodies.put("POST /api/v1/medicines/check", Map.of("doses", "[]", "history", "[]"));
		bodies.put("POST /api/v1/accounts", Map.of("email", "\"" + People.freshEmail() + "\"", "password",
				"\"" + People.PASSWORD + "\"", "displayName", "\"Ana\""));
		bodies.put("POST /api/v1/account/password",
				Map.of("currentPassword", "\"not the password at all\"", "newPassword", "\"" + People.PASSWORD + "\""));
		bodies.put("POST /api/v1/tokens", Map.of("email", "\"" + this.email + "\"", "password",
				"\"" + People.PASSWORD + "\"", "name", "\"laptop\"", "scope", "\"read\""));
		bodies.put("POST /api/v1/reminders", Map.of("kind", "\"exercise\"", "label", "\"stretch\"", "times",
				"[\"08:00\"]", "days", "[\"mon\"]", "timeZone", "\"Europe/Madrid\"", "active", "true"));
		bodies.put("PUT /api/v1/reminders/" + this.reminderId, Map.of("kind", "\"hydration\"", "label", "\"water\"",
				"everyHours", "2", "from", "\"08:00\"", "until", "\"20:00\"", "timeZone", "\"Europe/Madrid\""));
		bodies.put("POST /api/v1/reminders/feed", Map.of("detail", "true"));
		bodies.put("POST /api/v1/password-resets", Map.of("email", "\"" + this.email + "\""));
		bodies.put("POST /api/v1/password-resets/confirm",
				Map.of("token", "\"abc\"", "newPassword", "\"" + People.PASSWORD + "\""));
		bodies.put("DELETE /api/v1/account",
				Map.of("password", "\"not the password at all\"", "confirm", "\"delete my account\""));
		bodies.forEach((target, body) -> {
			String[] methodAndPath = target.split(" ", 2);
			for (String field : body.keySet()) {
				qt().withFixedSeed(SEED)
					.withExamples(EXAMPLES)
					.forAll(sharp(SHARP_JSON, jsonValues()))
					.checkAssert((value) -> {
						Map<String, String> fields = new LinkedHashMap<>(body);
						fields.put(field, value);
						byte[] json = object(fields);
						apiCall(methodAndPath[0], methodAndPath[1], json,
								List.of(Map.entry("Content-Type", "application/json")),
								target + " " + field + "=" + shown(value));
					});
			}
		});
		assertNoFindings();
	}

	@Test
	void malformedBodiesAndOddHeadersGetAPlainProblem() {
		List<String> targets = List.of("POST /api/v1/assessments", "POST /api/v1/accounts", "POST /api/v1/tokens",
				"POST /api/v1/reminders", "PUT /api/v1/reminders/" + this.reminderId, "POST /api/v1/medicines/check",
				"POST /api/v1/plans", "POST /api/v1/password-resets", "DELETE /api/v1/account");
		for (String target : targets) {
			String[] methodAndPath = target.split(" ", 2);
			qt().withFixedSeed(SEED)
				.withExamples(EXAMPLES * 2)
				.forAll(malformedBodies(), headerSets())
				.checkAssert((body, headers) -> apiCall(methodAndPath[0], methodAndPath[1], body, headers,
						target + " body=" + shown(new String(body, StandardCharsets.UTF_8)) + " headers=" + headers));
		}
		assertNoFindings();
	}

	@Test
	void queryParametersAndPathsTakeAnyText() {
		List<String> targets = List.of("/api/v1/exercises?category=", "/api/v1/exercises/", "/api/v1/library?q=",
				"/api/v1/library/", "/api/v1/assessments?page=", "/api/v1/assessments?size=", "/api/v1/assessments/",
				"/api/v1/account/audit?page=", "/api/v1/reminders/", "/api/v1/admin/outbox?page=", "/calendar/",
				"/library?q=", "/library/results?q=", "/account/assessments?page=", "/account/assessments/",
				"/account/activity?who=", "/timers/stretch?minutes=", "/plan?assessment=", "/account/reminders?edit=",
				"/assess?step=", "/password-reset/confirm?token=", "/exercises/");
		for (String target : targets) {
			qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(formValues()).checkAssert((value) -> {
				String path = target + value + (target.startsWith("/calendar/") ? ".ics" : "");
				if (target.startsWith("/calendar/")) {
					// A feed for calendar apps, not a page: it answers text.
					feedCall(path);
				}
				else if (target.startsWith("/api/")) {
					apiCall("GET", path, null, List.of(), "GET " + path);
				}
				else {
					pageCall("GET", path, null, "GET " + path, false);
				}
			});
		}
		assertNoFindings();
	}

	@Test
	void formsTakeAnyTextWithoutAServerError() {
		Map<String, Map<String, String>> forms = new LinkedHashMap<>();
		forms.put("/sign-up", Map.of("email", People.freshEmail(), "password", People.PASSWORD, "displayName", "Ana"));
		forms.put("/sign-in", Map.of("email", this.email, "password", "not the password at all"));
		forms.put("/account/reminders", Map.of("kind", "exercise", "label", "stretch", "times", "08:00", "days", "mon",
				"timeZone", "Europe/Madrid", "active", "on"));
		forms.put("/account/reminders/" + this.reminderId, Map.of("kind", "hydration", "label", "water", "everyHours",
				"2", "from", "08:00", "until", "20:00", "timeZone", "Europe/Madrid"));
		forms.put("/doses", Map.of("medicine0", "ibuprofen", "amount0", "200", "takenAt0", "2025-03-01T08:00"));
		forms.put("/plan/input", Map.of("input", "{\"age\":42}"));
		forms.put("/plan/preferences", Map.of("equipment", "heat", "likes", "walking"));
		forms.put("/assess", Map.of("step", "1", "action", "next", "age", "42", "sex", "female"));
		forms.put("/password-reset", Map.of("email", this.email));
		forms.put("/password-reset/confirm", Map.of("token", "abc", "newPassword", People.PASSWORD));
		forms.put("/account/delete", Map.of("password", "not the password at all", "confirm", "delete my account"));
		forms.put("/account/reminders/feed", Map.of("detail", "on"));
		forms.forEach((path, form) -> {
			boolean stores = !path.equals("/doses") && !path.startsWith("/plan") && !path.equals("/assess");
			for (String field : form.keySet()) {
				String csrf = encode(Forms.csrfToken(this.browser, "/account/reminders"));
				qt().withFixedSeed(SEED)
					.withExamples(EXAMPLES)
					.forAll(sharp(SHARP_FORM, formValues()))
					.checkAssert((value) -> {
						Map<String, String> fields = new LinkedHashMap<>();
						form.forEach((name, given) -> fields.put(name, encode(given)));
						fields.put(field, value);
						fields.put("_csrf", csrf);
						StringBuilder body = new StringBuilder();
						fields.forEach((name, encoded) -> body.append(body.isEmpty() ? "" : "&")
							.append(name)
							.append('=')
							.append(encoded));
						pageCall("POST", path, body.toString().getBytes(StandardCharsets.ISO_8859_1),
								"POST " + path + " " + field + "=" + value, stores);
					});
			}
		});
		assertNoFindings();
	}

	private void apiCall(String method, String path, byte[] body, List<Map.Entry<String, String>> headers,
			String what) {
		String before = stored();
		List<Map.Entry<String, String>> all = new ArrayList<>(headers);
		if (headers.stream().noneMatch((h) -> h.getKey().equals("Authorization"))) {
			all.add(Map.entry("Authorization", "Bearer " + this.token));
		}
		HttpResponse<String> answer = this.api.exchange(method, path, all, body);
		check(answer, what);
		if (answer.statusCode() >= 400 && answer.statusCode() < 500) {
			if (!Http.contentType(answer).startsWith("application/problem+json") && !notUtf8(path)) {
				finding(what, answer, "a " + answer.statusCode() + " that is not application/problem+json but "
						+ Http.contentType(answer));
			}
			if (!before.equals(stored())) {
				finding(what, answer, "a refused request changed what is stored");
			}
		}
	}

	private void feedCall(String path) {
		check(this.api.get(path), "GET " + path);
	}

	private void pageCall(String method, String path, byte[] body, String what, boolean stores) {
		String before = stored();
		List<Map.Entry<String, String>> headers = new ArrayList<>();
		headers.add(Map.entry("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"));
		if (body != null) {
			headers.add(Map.entry("Content-Type", "application/x-www-form-urlencoded"));
		}
		HttpResponse<String> answer = this.browser.exchange(method, path, headers, body);
		check(answer, what);
		boolean redirect = answer.statusCode() >= 300 && answer.statusCode() < 400;
		if (!redirect && !Http.contentType(answer).startsWith("text/html") && !notUtf8(path)) {
			finding(what, answer, "a browser got " + Http.contentType(answer) + " instead of a page");
		}
		if (answer.statusCode() >= 400 && !notUtf8(path) && !answer.body().contains("layout.css")
				&& !answer.body().contains("Backstop")) {
			finding(what, answer, "a browser got a page that is not Backstop's");
		}
		if (stores && !redirect && !before.equals(stored())) {
			finding(what, answer, "a refused form changed what is stored");
		}
	}

	private void check(HttpResponse<String> answer, String what) {
		requests++;
		if (answer.statusCode() >= 500) {
			serverErrors++;
			finding(what, answer, "a server error");
		}
		else if (INTERNALS.matcher(answer.body()).find()) {
			finding(what, answer, "internals named in the answer");
		}
	}

	private void finding(String what, HttpResponse<String> answer, String problem) {
		String body = answer.body();
		findings.add(problem + ": " + shown(what) + " -> " + answer.statusCode() + " "
				+ shown(body.substring(0, Math.min(200, body.length()))));
	}

	private void assertNoFindings() {
		assertThat(findings).as("what the fuzzing found").isEmpty();
	}

	/** Everything a refused request must leave alone, for this person. */
	private String stored() {
		return this.jdbc
			.sql("SELECT (SELECT COUNT(*) FROM account) || '/' || (SELECT COUNT(*) FROM assessment WHERE account_id = :a)"
					+ " || '/' || (SELECT COUNT(*) FROM reminder WHERE account_id = :a)"
					+ " || '/' || (SELECT COUNT(*) FROM access_token WHERE account_id = :a)"
					+ " || '/' || COALESCE((SELECT MAX(label || times || kind) FROM reminder WHERE account_id = :a), '')"
					+ " || '/' || (SELECT password_hash || COALESCE(display_name, '') FROM account WHERE id = :a)")
			.param("a", this.accountId)
			.query(String.class)
			.optional()
			.orElse("gone");
	}

	// -- what is sent --

	/** A JSON value: any type, any text, any size. */
	private static Gen<String> jsonValues() {
		Gen<String> texts = texts().map(FuzzApiTest::jsonString);
		Gen<String> escaped = pick(List.of("\"\\uD800\"", "\"a\\uDC00b\"", "\"\\uDBFF\"", "\"\\u0000\"",
				"\"x\\u0000y\"", "\"\\u001f\"", "\"\\uD83D\\uDE00\"", "\"\\uDE00\\uD83D\""));
		Gen<String> numbers = pick(List.of("1e400", "-1e400", "123456789012345678901234567890", "-0", "1.5", "1e-400",
				"2147483648", "-2147483649", "9223372036854775808", "0.0000001", "1E2",
				"12345678901234567890123456789012" + "34567890123456789012345678901234567890"));
		Gen<String> types = pick(List.of("true", "false", "null", "[]", "{}", "[1,2]", "{\"a\":1}", "[\"08:00\",null]",
				"[[]]", "\"\"", "\" \"", "0", "-1"));
		Gen<String> nested = pick(List.of(8, 15, 16, 17, 100, 1000, 5000))
			.map((depth) -> "[".repeat(depth) + "]".repeat(depth));
		Gen<String> nestedObjects = pick(List.of(15, 17, 200))
			.map((depth) -> "{\"a\":".repeat(depth) + "1" + "}".repeat(depth));
		return pick(List.of(0, 1, 2, 3, 4, 5, 6)).flatMap((kind) -> switch (kind) {
			case 0, 1 -> texts;
			case 2 -> escaped;
			case 3 -> numbers;
			case 4 -> types;
			case 5 -> nested;
			default -> nestedObjects;
		});
	}

	/** Text as a person or an attacker would type or paste it. */
	private static Gen<String> texts() {
		Gen<String> emoji = pick(LENGTHS).map(EMOJI::repeat);
		Gen<String> latin = pick(LENGTHS).map("a"::repeat);
		Gen<String> accented = pick(LENGTHS).map("é"::repeat);
		Gen<String> controls = pick(CONTROLS).zip(pick(List.of("", "x", "stretch ")),
				(c, around) -> around + c + around);
		Gen<String> injections = pick(INJECTIONS);
		Gen<String> mixed = pick(List.of("Ana\tMaría", "line\nbreak", "日本語のテキスト", "עברית", "\u202Eevil",
				"Z\u0301\u0302", "  spaced  ", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67"));
		return pick(List.of(0, 1, 2, 3, 4, 5)).flatMap((kind) -> switch (kind) {
			case 0 -> emoji;
			case 1 -> latin;
			case 2 -> accented;
			case 3 -> controls;
			case 4 -> injections;
			default -> mixed;
		});
	}

	/**
	 * A form value, already percent-encoded: any text, or raw bytes that are not UTF-8.
	 */
	private static Gen<String> formValues() {
		Gen<String> raw = pick(List.of("%ED%A0%80", "x%ED%B0%80y", "%C0%80", "%FF%FE", "%E2%82", "%00", "a%00b", "%",
				"%zz", "%F4%90%80%80"));
		return pick(List.of(0, 1, 2)).flatMap((kind) -> switch (kind) {
			case 0, 1 -> texts().map(FuzzApiTest::encode);
			default -> raw;
		});
	}

	/** Bodies that are not a JSON object, or not text at all. */
	private static Gen<byte[]> malformedBodies() {
		List<byte[]> bodies = new ArrayList<>();
		for (String text : List.of("", " ", "{", "}", "{\"age\":}", "{'age':42}", "[1,]", "{\"age\":42}x",
				"{\"age\":42,\"age\":43}", "nul", "tru", "NaN", "\"text\"", "42", "[]", "{\"age\":42", "{\"a\" 1}",
				"{\"\\uD800\":1}", "{\"a\":\"\\x41\"}", "{\"a\":\"\\u12\"}", "\uFEFF{}", "{\"a\":01}", "{/*c*/\"a\":1}",
				"{\"a\":.5}", "{\"a\":+1}", "{\"a\":\"\u0001\"}", "<xml/>", "a=1&b=2")) {
			bodies.add(text.getBytes(StandardCharsets.UTF_8));
		}
		bodies.add(bytes("{\"label\":\"", new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, "\"}"));
		bodies.add(bytes("{\"name\":\"", new byte[] { (byte) 0xFF, (byte) 0xFE }, "\"}"));
		bodies.add(bytes("{\"email\":\"", new byte[] { (byte) 0xC0, (byte) 0x80 }, "\"}"));
		bodies.add(bytes("{\"a\":\"", new byte[] { (byte) 0xE2, (byte) 0x82 }, "\"}"));
		bodies.add(bytes("", new byte[] { 0, 0, 0, 0 }, ""));
		bodies.add(("[".repeat(20000) + "]".repeat(20000)).getBytes(StandardCharsets.UTF_8));
		bodies.add(("{\"a\":\"" + "x".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8));
		bodies.add(("{\"a\":" + "9".repeat(2000) + "}").getBytes(StandardCharsets.UTF_8));
		bodies.add(("{\"" + "k".repeat(1000) + "\":1}").getBytes(StandardCharsets.UTF_8));
		return pick(bodies);
	}

	/** Header sets a broken or hostile client sends. */
	private static Gen<List<Map.Entry<String, String>>> headerSets() {
		List<List<Map.Entry<String, String>>> sets = List.of(List.of(Map.entry("Content-Type", "application/json")),
				List.of(Map.entry("Content-Type", "text/plain")), List.of(Map.entry("Content-Type", "garbage")),
				List.of(Map.entry("Content-Type", "application/json; charset=ISO-8859-1")),
				List.of(Map.entry("Content-Type", "application/json; charset=nonsense")),
				List.of(Map.entry("Content-Type", "application/json"), Map.entry("Content-Type", "text/xml")),
				List.of(Map.entry("Content-Type", "application/json"), Map.entry("Accept", "application/xml")),
				List.of(Map.entry("Content-Type", "application/json"), Map.entry("Accept", "text/html")),
				List.of(Map.entry("Content-Type", "application/json"), Map.entry("Accept", "garbage/;;")),
				List.of(Map.entry("Content-Type", "application/json"), Map.entry("Authorization", "Bearer nonsense"),
						Map.entry("Authorization", "Bearer other")),
				List.of(Map.entry("Content-Type", "application/json"), Map.entry("Authorization", "Basic %%%")),
				List.of(Map.entry("Content-Type", "application/json"),
						Map.entry("Authorization", "Bearer " + "x".repeat(5000))),
				List.of(Map.entry("Content-Type", "application/json"), Map.entry("Accept-Language", "xx-;;q=é")));
		return pick(sets).mix(constant(List.of(Map.entry("Content-Type", "application/json"))), 30);
	}

	// -- helpers --

	/**
	 * Whether the path itself is not UTF-8: Tomcat refuses it before Backstop sees it,
	 * with a page of its own.
	 */
	private static boolean notUtf8(String path) {
		String beforeQuery = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
		return beforeQuery.matches(".*%(ED%[AB]|F4%90|C0|FF|E2%82$).*") || beforeQuery.endsWith("%");
	}

	/** Each of the sharp values first, then the generated ones. */
	private static Gen<String> sharp(List<String> values, Gen<String> generated) {
		int[] next = { 0 };
		return generated.map((value) -> (next[0] < values.size()) ? values.get(next[0]++) : value);
	}

	private static byte[] object(Map<String, String> fields) {
		StringBuilder json = new StringBuilder("{");
		fields.forEach((name, value) -> json.append((json.length() == 1) ? "" : ",")
			.append('"')
			.append(name)
			.append("\":")
			.append(value));
		return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String jsonString(String text) {
		StringBuilder json = new StringBuilder("\"");
		text.chars().forEach((c) -> {
			if (c == '"' || c == '\\') {
				json.append('\\').append((char) c);
			}
			else if (c < 0x20) {
				json.append(String.format("\\u%04x", c));
			}
			else {
				json.append((char) c);
			}
		});
		return json.append('"').toString();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static byte[] bytes(String before, byte[] middle, String after) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
		out.writeBytes(middle);
		out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	/** Short and printable, for a report line. */
	private static String shown(String text) {
		StringBuilder shown = new StringBuilder();
		text.codePoints().limit(120).forEach((c) -> {
			if (c < 0x20 || c == 0x7F || (c >= 0xD800 && c <= 0xDFFF)) {
				shown.append(String.format("\\u%04X", c));
			}
			else {
				shown.appendCodePoint(c);
			}
		});
		return (text.length() > 120) ? shown + "...(" + text.length() + ")" : shown.toString();
	}

}
