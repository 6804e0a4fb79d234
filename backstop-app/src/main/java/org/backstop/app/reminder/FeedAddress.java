package org.backstop.app.reminder;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A feed address just made: the only time its secret is shown.
 *
 * @param url the address to read with any calendar program
 * @param webcal the same with {@code webcal://}, which opens the calendar program itself
 * @param detail whether its events name what they remind of
 */
public record FeedAddress(String url, String webcal, boolean detail) {

	static final String PATH = "/calendar/";

	static FeedAddress of(HttpServletRequest request, String secret, boolean detail) {
		String url = ServletUriComponentsBuilder.fromContextPath(request)
			.path(PATH + secret + ".ics")
			.replaceQuery(null)
			.toUriString();
		return new FeedAddress(url, url.replaceFirst("^https?://", "webcal://"), detail);
	}

}
