package org.backstop.app.reminder;

import org.backstop.app.system.PublicAddress;

/**
 * A feed address just made: the only time its secret is shown.
 *
 * @param url the address to read with any calendar program
 * @param webcal the same with {@code webcal://}, which opens the calendar program itself
 * @param detail whether its events name what they remind of
 */
public record FeedAddress(String url, String webcal, boolean detail) {

	static final String PATH = "/calendar/";

	/** On the configured public address, whatever Host the request named. */
	static FeedAddress of(PublicAddress address, String secret, boolean detail) {
		String url = address.of(PATH + secret + ".ics");
		return new FeedAddress(url, url.replaceFirst("^https?://", "webcal://"), detail);
	}

}
