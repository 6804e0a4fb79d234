package org.backstop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.backstop.core.exercise.ExerciseLibrary;

/**
 * A Spanish reader meets no English anywhere a person reads: every page the app maps is
 * fetched with {@code Accept-Language: es}, and its title, its whole body (header, main
 * content, footer) and the labels read out by screen readers are searched for common
 * English words, except inside elements marked {@code lang="en"} (a source's title, an
 * article not written in Spanish yet). The pages are found from the app's own mappings,
 * so a new page is checked, or named below with the reason it is not, or this test fails.
 */
@ApiTest
class EverySpanishPageTest {

	/** Pages this test does not fetch, each with why. */
	static final Map<String, String> NOT_FETCHED = Map.ofEntries(
			Map.entry("/assess/result", "needs a finished wizard: SpanishPagesTest walks it"),
			Map.entry("/plan/print", "needs a finished wizard: SpanishPagesTest walks it"),
			Map.entry("/assess/save", "only redirects to sign-in or back to the result"),
			Map.entry("/library/results", "the fragment htmx swaps into /library, fetched with it"),
			Map.entry("/account/assessments/{id}", "needs a stored assessment: SpanishPagesTest"),
			Map.entry("/account/assessments/{id}/delete", "needs a stored assessment"),
			Map.entry("/password-reset/confirm", "needs a mailed link"),
			Map.entry("/s/{token}", "a clinic's shared link, read by clinicians"),
			Map.entry("/embed/assess", "only inside a clinic's site that is allowed to frame it"),
			Map.entry("/embed/contact", "only inside a clinic's site that is allowed to frame it"),
			Map.entry("/embed/contact/sent", "only inside a clinic's site that is allowed to frame it"),
			Map.entry("/embed/contact/sent/{id}", "only inside a clinic's site that is allowed to frame it"),
			Map.entry("/contact/sent/{id}", "needs a contact request just sent: ContactPages tests"));

	/** Values for the variable of a mapped path ("*": every library article). */
	static final Map<String, List<String>> EXAMPLES = Map.of("/library/{slug}", List.of("*"),
			"/exercises/{id:[a-z0-9_]+}", ExerciseLibrary.ALL.stream().map((exercise) -> exercise.id()).toList(),
			"/timers/{kind}", List.of("heat", "cold", "stretch", "breathing"), "/account/questionnaires/{id}",
			List.of("peg", "start_back"));

	/** Pages for clinic staff and administrators: English for now, on purpose. */
	static final List<String> STAFF = List.of("/clinic", "/admin");

	/** Not pages a person reads: data, files, the API and its description. */
	static final List<String> NOT_PAGES = List.of("/api/", "/actuator", "/v3/", "/swagger", "/error",
			"/embed/clinic.css", ".pdf", ".ics", ".csv", ".webmanifest");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void noPageSpeaksEnglishToASpanishReader() throws IOException {
		Http visitor = Http.browser(this.port).withHeader("Accept-Language", "es-ES");
		Http signedIn = People.signedIn(this.port, People.signUp(new Http(this.port)))
			.withHeader("Accept-Language", "es-ES");
		Map<String, List<String>> english = new TreeMap<>();
		Set<String> fetched = new TreeSet<>();
		assertThat(pagePatterns()).as("pages with no example: add one to examples(), or name them in NOT_FETCHED")
			.allMatch((pattern) -> !pattern.contains("{") || EXAMPLES.containsKey(pattern));
		for (String pattern : pagePatterns()) {
			for (String path : examples(pattern)) {
				Http reader = path.startsWith("/account") ? signedIn : visitor;
				HttpResponse<String> page = reader.get(path);
				// Some pages are refusals on purpose (/form-expired is a 403), but none
				// redirects.
				assertThat(page.statusCode() / 100).as(path + " answers " + page.statusCode()).isNotEqualTo(3);
				assertThat(page.body()).as(path).contains("<html lang=\"es\"");
				List<String> found = EnglishWords.in(page.body());
				if (!found.isEmpty()) {
					english.put(path, found);
				}
				fetched.add(path);
			}
		}
		assertThat(fetched).as("pages fetched").hasSizeGreaterThan(40);
		assertThat(english).as("English words outside lang=\"en\" on Spanish pages").isEmpty();
	}

	@Test
	void theCheckFindsEnglishAndLeavesMarkedEnglishAlone() {
		assertThat(EnglishWords.in("<title>Inicio</title><body><p>Take your time</p></body>")).hasSize(2);
		assertThat(EnglishWords.in("<body><p aria-label=\"Close the menu\">x</p></body>")).hasSize(1);
		assertThat(EnglishWords.in("<body><p lang=\"en\">Take your time</p><p>Tómate tu tiempo</p></body>")).isEmpty();
		assertThat(EnglishWords.in("<body><p>Cuestionario STarT Back</p></body>")).isEmpty();
	}

	/** The GET paths of every page the app maps, but those named above. */
	private Set<String> pagePatterns() {
		Set<String> patterns = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
				continue;
			}
			for (String pattern : info.getPatternValues()) {
				boolean notAPage = NOT_PAGES.stream().anyMatch(pattern::contains);
				boolean staff = STAFF.stream().anyMatch(pattern::startsWith);
				if (!notAPage && !staff && !NOT_FETCHED.containsKey(pattern)) {
					patterns.add(pattern);
				}
			}
		}
		return patterns;
	}

	/**
	 * The paths to fetch for a mapped path: itself, or one per known value of its
	 * variable.
	 */
	private static List<String> examples(String pattern) throws IOException {
		// Checked for every pattern before any is fetched.
		if (!pattern.contains("{")) {
			return List.of(pattern);
		}
		String prefix = pattern.substring(0, pattern.indexOf('{'));
		List<String> values = EXAMPLES.get(pattern).equals(List.of("*")) ? articleSlugs() : EXAMPLES.get(pattern);
		return values.stream().map((value) -> prefix + value).toList();
	}

	private static List<String> articleSlugs() throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:library/*.md");
		return Arrays.stream(files).map((file) -> file.getFilename().replace(".md", "")).sorted().toList();
	}

}
