package org.backstop.app.system;

import java.time.Duration;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * JSON bodies read strictly ({@link StrictJsonBody}), and the language of the pages:
 * English or Spanish, from the browser's settings until the person picks one with
 * {@code ?lang=}, which a cookie then remembers. The numbers to call do not follow the
 * language: they come from the person's country ({@code EmergencyNumbers}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Set<String> LANGUAGES = Set.of("en", "es");

	static {
		// Each endpoint describes its body in its @Operation; the parameter is no query.
		SpringDocUtils.getConfig().addAnnotationsToIgnore(StrictJsonBody.class);
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("BACKSTOP_LANG");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(WebConfiguration::fromBrowser);
		return resolver;
	}

	/**
	 * Off: Boot's filter that passes every link of every page through the static resource
	 * chain, only to put the webjars' versions in their addresses. Each link that is not
	 * a static file (most of them) was looked for in four classpath folders on every
	 * request, uncached: about nine tenths of the time of the home page (BENCHMARKS.md,
	 * "Pages and API under load"). Webjars are served at their version-less addresses all
	 * the same.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> noLinkRewriting() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new StrictJsonBodyResolver());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
			@Override
			protected Locale parseLocaleValue(String value) {
				Locale locale = super.parseLocaleValue(value);
				return (locale != null && LANGUAGES.contains(locale.getLanguage())) ? locale : null;
			}
		};
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
	}

	/**
	 * The browser's first language that Backstop speaks, with its country; else English.
	 */
	static Locale fromBrowser(HttpServletRequest request) {
		Enumeration<Locale> wanted = request.getLocales();
		while (wanted.hasMoreElements()) {
			Locale locale = wanted.nextElement();
			if (LANGUAGES.contains(locale.getLanguage())) {
				return locale;
			}
		}
		return Locale.ENGLISH;
	}

}
