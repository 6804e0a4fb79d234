package org.backstop.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * Every Spanish bundle has exactly the keys of its English one, so no text falls back to
 * English half-way through a page. Bundles without a Spanish file are English only, on
 * purpose; every bundle named in the configuration exists.
 */
class MessageBundlesTest {

	static final String[] BUNDLES = { "common", "assessment", "careplan", "library", "reminder", "account", "clinical",
			"medicine", "problems", "diary", "questionnaire", "sharing", "intake" };

	/** The pages that must be complete in Spanish: the wizard, results and plan. */
	static final Set<String> SPANISH = Set.of("common", "assessment", "careplan", "medicine", "account", "reminder",
			"library", "problems", "diary", "questionnaire", "sharing");

	@Test
	void spanishBundlesHaveExactlyTheEnglishKeys() throws IOException {
		for (String bundle : SPANISH) {
			Set<String> english = keys("messages/" + bundle + ".properties");
			Set<String> spanish = keys("messages/" + bundle + "_es.properties");
			assertThat(spanish).as(bundle + "_es.properties").containsExactlyInAnyOrderElementsOf(english);
		}
	}

	@Test
	void everyConfiguredBundleExistsAndHasNoEmptyText() throws IOException {
		for (String bundle : BUNDLES) {
			Properties properties = load("messages/" + bundle + ".properties");
			properties.forEach((key, value) -> assertThat(value.toString()).as(bundle + ": " + key).isNotBlank());
		}
	}

	@Test
	void spanishNumbersNeverUseACommaForThousands() throws IOException {
		// In Spanish a comma is the decimal mark: "3,000 mg" reads as three milligrams
		java.util.regex.Pattern englishThousands = java.util.regex.Pattern.compile("\\d,\\d{3}(?!\\d)");
		for (String bundle : BUNDLES) {
			java.net.URL spanish = getClass().getClassLoader().getResource("messages/" + bundle + "_es.properties");
			if (spanish == null) {
				continue;
			}
			Properties properties = load("messages/" + bundle + "_es.properties");
			for (String key : properties.stringPropertyNames()) {
				assertThat(englishThousands.matcher(properties.getProperty(key)).find())
					.as("%s in %s_es: %s", key, bundle, properties.getProperty(key))
					.isFalse();
			}
		}
	}

	@Test
	void theBundlesCheckedHereAreTheBundlesTheAppIsConfiguredWith() throws IOException {
		String configured = load("application.properties").getProperty("spring.messages.basename");
		assertThat(configured.split(",")).containsExactlyInAnyOrder(
				Arrays.stream(BUNDLES).map((bundle) -> "messages/" + bundle).toArray(String[]::new));
	}

	private static Set<String> keys(String resource) throws IOException {
		return new TreeSet<>(load(resource).stringPropertyNames());
	}

	private static Properties load(String resource) throws IOException {
		try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return properties;
		}
	}

}
