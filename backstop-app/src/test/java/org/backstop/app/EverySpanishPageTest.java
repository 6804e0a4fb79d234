package org.backstop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
import org.backstop.core.knowledge.Source;

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
			"/embed/clinic.css", ".pdf", ".ics", ".csv");

	private static final Pattern BODY = Pattern.compile("<body[^>]*>(.*)</body>", Pattern.DOTALL);

	private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);

	private static final Pattern MARKED_ENGLISH = Pattern.compile("<(\\w+)\\b[^>]*\\blang=\"en\"[^>]*>.*?</\\1>",
			Pattern.DOTALL);

	/** What a screen reader reads out of a tag. */
	private static final Pattern READ_OUT = Pattern.compile("\\b(?:aria-label|alt|placeholder|title)=\"([^\"]*)\"");

	/** Common English words that are not Spanish words too. */
	private static final Pattern ENGLISH = Pattern.compile(
			"\\b(the|your|you|and|with|for|this|that|what|when|how|"
					+ "pain|back|take|takes|minutes|hours|days|week|not|should|can|may|doctor|exercise|stretch|breathe|"
					+ "hold|heat|cold|left|out|why|of|to|is|are|it|we|our|will|from|have|see|more|about|sign|"
					+ "here|there|yes|which|or|if|in|on|by|at|my|all|new|page|help|call|now|only|after|before)\\b",
			Pattern.CASE_INSENSITIVE);

	/**
	 * Names kept as they are in every language: Backstop's own, a questionnaire's, and
	 * the short names by which articles cite their sources (such as "NICE CKS Back pain -
	 * low").
	 */
	private static final List<String> PROPER_NAMES = java.util.stream.Stream
		.concat(Stream.of("STarT Back", "Backstop"), Arrays.stream(Source.values()).map(Source::shortName))
		.sorted(java.util.Comparator.comparing(String::length).reversed())
		.toList();

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
				List<String> found = englishIn(page.body());
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
		assertThat(englishIn("<title>Inicio</title><body><p>Take your time</p></body>")).hasSize(2);
		assertThat(englishIn("<body><p aria-label=\"Close the menu\">x</p></body>")).hasSize(1);
		assertThat(englishIn("<body><p lang=\"en\">Take your time</p><p>Tómate tu tiempo</p></body>")).isEmpty();
		assertThat(englishIn("<body><p>Cuestionario STarT Back</p></body>")).isEmpty();
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

	/** Each English word found, with the words around it. */
	public static List<String> englishIn(String html) {
		Matcher body = BODY.matcher(html);
		Matcher title = TITLE.matcher(html);
		// A library article not written in Spanish yet says so, and keeps its English
		// name
		// in the window's title, which cannot be marked as English.
		boolean saysEnglish = html.contains("id=\"article-in-english\"");
		String page = ((title.find() && !saysEnglish) ? "<p>" + title.group(1) + "</p>" : "")
				+ (body.find() ? body.group(1) : "");
		page = MARKED_ENGLISH.matcher(page).replaceAll(" ").replaceAll("(?s)<script.*?</script>", " ");
		StringBuilder readOut = new StringBuilder();
		Matcher label = READ_OUT.matcher(page);
		while (label.find()) {
			readOut.append(' ').append(label.group(1)).append(" |");
		}
		String text = (page.replaceAll("<[^>]*>", " ") + readOut).replace("&#39;", "'")
			.replace("&quot;", "\"")
			.replace("&amp;", "&")
			.replaceAll("\\s+", " ");
		for (String name : PROPER_NAMES) {
			text = text.replace(name, " ");
		}
		List<String> found = new ArrayList<>();
		Matcher word = ENGLISH.matcher(text);
		while (word.find()) {
			int from = Math.max(0, word.start() - 40);
			int to = Math.min(text.length(), word.end() + 40);
			found.add("…" + text.substring(from, to) + "…");
		}
		return found;
	}

}
