package org.backstop.app.layout;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

/** Which number a page gives, by the person's country and the installation's setting. */
class EmergencyNumbersTest {

	private final EmergencyNumbers byCountry = new EmergencyNumbers("");

	@Test
	void eachCountryHasItsOwnNumberAndAnUnknownOneGets112() {
		assertThat(this.byCountry.forCountry("US")).isEqualTo("911");
		assertThat(this.byCountry.forCountry("GB")).isEqualTo("999");
		assertThat(this.byCountry.forCountry("AU")).isEqualTo("000");
		assertThat(this.byCountry.forCountry("ES")).isEqualTo("112");
		assertThat(this.byCountry.forCountry("")).isEqualTo("112");
		assertThat(this.byCountry.forCountry("FR")).isEqualTo("112");
		assertThat(this.byCountry.urgentAdvice("GB")).hasValue("111");
		assertThat(this.byCountry.urgentAdvice("US")).isEmpty();
	}

	@Test
	void theInstallationsNumberWinsOverEveryCountry() {
		EmergencyNumbers configured = new EmergencyNumbers(" 061 ");
		assertThat(configured.forCountry("US")).isEqualTo("061");
		assertThat(configured.forCountry("")).isEqualTo("061");
	}

	@Test
	void theCountryIsTheChosenOneElseTheBrowsersRegionNeverTheLanguageShown() {
		MockHttpServletRequest american = new MockHttpServletRequest();
		american.addHeader("Accept-Language", "en-US,en;q=0.8");
		american.addPreferredLocale(java.util.Locale.US);
		assertThat(EmergencyNumbers.countryOf(american)).isEqualTo("US");

		MockHttpServletRequest chose = new MockHttpServletRequest();
		chose.addHeader("Accept-Language", "en-US");
		chose.addPreferredLocale(java.util.Locale.US);
		chose.setCookies(new Cookie(EmergencyNumbers.COUNTRY_COOKIE, "GB"));
		assertThat(EmergencyNumbers.countryOf(chose)).isEqualTo("GB");

		MockHttpServletRequest forged = new MockHttpServletRequest();
		forged.setCookies(new Cookie(EmergencyNumbers.COUNTRY_COOKIE, "XX"));
		assertThat(EmergencyNumbers.countryOf(forged)).as("an unknown code is not believed").isEmpty();

		MockHttpServletRequest noRegion = new MockHttpServletRequest();
		noRegion.addHeader("Accept-Language", "es");
		noRegion.addPreferredLocale(java.util.Locale.forLanguageTag("es"));
		assertThat(EmergencyNumbers.countryOf(noRegion)).isEmpty();
	}

}
