package org.backstop.app.layout;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * What every page's layout needs, added to every page and never to API answers: the
 * numbers to call in the person's country and the theme. {@code ?theme=dark} or
 * {@code ?theme=light} on any page remembers the choice in a cookie, so the switch works
 * without JavaScript.
 */
@Component
class PageModel implements HandlerInterceptor, WebMvcConfigurer {

	static final String THEME_COOKIE = "BACKSTOP_THEME";

	static final Set<String> THEMES = Set.of("light", "dark");

	private final EmergencyNumbers emergencyNumbers;

	PageModel(EmergencyNumbers emergencyNumbers) {
		this.emergencyNumbers = emergencyNumbers;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String chosen = request.getParameter("theme");
		if (chosen != null && THEMES.contains(chosen)) {
			ResponseCookie cookie = ResponseCookie.from(THEME_COOKIE, chosen)
				.path("/")
				.maxAge(Duration.ofDays(365))
				.httpOnly(true)
				.sameSite("Lax")
				.secure(request.isSecure())
				.build();
			response.addHeader("Set-Cookie", cookie.toString());
			request.setAttribute(THEME_COOKIE, chosen);
		}
		// ?country=US chooses the country of the numbers to call; ?country=auto goes
		// back to the browser's region.
		String country = request.getParameter("country");
		if (country != null && (EmergencyNumbers.isKnown(country) || "auto".equals(country))) {
			boolean auto = "auto".equals(country);
			ResponseCookie cookie = ResponseCookie.from(EmergencyNumbers.COUNTRY_COOKIE, auto ? "" : country)
				.path("/")
				.maxAge(auto ? Duration.ZERO : Duration.ofDays(365))
				.httpOnly(true)
				.sameSite("Lax")
				.secure(request.isSecure())
				.build();
			response.addHeader("Set-Cookie", cookie.toString());
			request.setAttribute(EmergencyNumbers.COUNTRY_COOKIE, auto ? "" : country);
		}
		return true;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || page.getViewName() == null || page.getViewName().startsWith("redirect:")) {
			return;
		}
		String country = EmergencyNumbers.countryOf(request);
		page.addObject("emergencyNumber", this.emergencyNumbers.forCountry(country));
		page.addObject("urgentAdviceNumber", this.emergencyNumbers.urgentAdvice(country).orElse(null));
		page.addObject("country", country);
		Locale language = RequestContextUtils.getLocale(request);
		Map<String, String> countries = new LinkedHashMap<>();
		EmergencyNumbers.COUNTRIES.forEach((code) -> countries.put(code,
				new Locale.Builder().setRegion(code).build().getDisplayCountry(language)));
		page.addObject("countries", countries);
		page.addObject("theme", theme(request));
	}

	/**
	 * {@code light} or {@code dark} when chosen, otherwise {@code null}: follow the
	 * device.
	 */
	static String theme(HttpServletRequest request) {
		Object chosenNow = request.getAttribute(THEME_COOKIE);
		if (chosenNow != null) {
			return chosenNow.toString();
		}
		if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if (THEME_COOKIE.equals(cookie.getName()) && THEMES.contains(cookie.getValue())) {
					return cookie.getValue();
				}
			}
		}
		return null;
	}

}
