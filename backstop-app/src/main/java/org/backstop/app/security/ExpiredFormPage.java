package org.backstop.app.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What a person sees when a form is sent without a valid CSRF token, most often because
 * the page stayed open longer than the session lasts: Backstop's own page, in their
 * language, with the form again and what they typed kept in it, so one press sends it
 * with a fresh token. Passwords and other secrets are never written back into a page; the
 * person types them again. Only a post from one of Backstop's own pages is offered again:
 * one from another site gets the explanation alone, or a single press would send what
 * that site wrote, with a valid token (the very forgery the token is there to stop).
 */
@Controller
class ExpiredFormPage {

	static final String PATH = "/form-expired";

	/** Names of fields that are never written back into a page. */
	private static final Pattern SECRET = Pattern.compile("(?i).*(password|passcode|secret|token).*");

	/** More than any of Backstop's forms has; the rest of a larger post is not kept. */
	private static final int MAX_FIELDS = 300;

	/** Forwards refused form posts here; everything else is refused as before. */
	static AccessDeniedHandler handler() {
		AccessDeniedHandlerImpl expired = new AccessDeniedHandlerImpl();
		expired.setErrorPage(PATH);
		AccessDeniedHandler refused = new AccessDeniedHandlerImpl();
		return (request, response, ex) -> handle(request, response, ex, expired, refused);
	}

	private static void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex,
			AccessDeniedHandler expired, AccessDeniedHandler refused) throws IOException, ServletException {
		if (ex instanceof CsrfException && !"GET".equals(request.getMethod())) {
			expired.handle(request, response, ex);
		}
		else {
			refused.handle(request, response, ex);
		}
	}

	@RequestMapping(PATH)
	String show(HttpServletRequest request, HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.FORBIDDEN.value());
		String action = fromOurOwnPage(request) ? action(request) : null;
		model.addAttribute("action", action);
		if (action == null) {
			return "security/form-expired";
		}
		List<Field> kept = new ArrayList<>();
		List<String> retype = new ArrayList<>();
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			String name = parameter.getKey();
			if ("_csrf".equals(name) || kept.size() >= MAX_FIELDS) {
				continue;
			}
			if (SECRET.matcher(name).matches()) {
				retype.add(name);
				continue;
			}
			for (String value : parameter.getValue()) {
				kept.add(new Field(name, value));
			}
		}
		model.addAttribute("kept", kept);
		model.addAttribute("retype", retype);
		return "security/form-expired";
	}

	/**
	 * Whether the refused post was sent from one of our own pages. Browsers say where a
	 * request comes from in {@code Sec-Fetch-Site}, older ones in {@code Origin}; a post
	 * that says neither is not trusted to be ours.
	 */
	static boolean fromOurOwnPage(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		if (site != null) {
			return "same-origin".equals(site);
		}
		String origin = request.getHeader("Origin");
		return origin != null && origin.equals(ownOrigin(request));
	}

	private static String ownOrigin(HttpServletRequest request) {
		String scheme = request.getScheme();
		int port = request.getServerPort();
		boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
		return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
	}

	/**
	 * Where the refused form was sent, when it came here that way: always a path on this
	 * site, never another site's address.
	 */
	private static String action(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
		if (!(uri instanceof String path) || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")
				|| path.toLowerCase(Locale.ROOT).startsWith(PATH)) {
			return null;
		}
		Object query = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
		return (query instanceof String q && !q.isEmpty()) ? path + "?" + q : path;
	}

	/** One value the person typed, sent again as it was. */
	record Field(String name, String value) {
	}

}
