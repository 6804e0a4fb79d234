package org.backstop.app.library;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The Backstop tools an article may point to, by the name its front matter uses, with the
 * address of each tool's page.
 */
enum Tool {

	ASSESSMENT("/assess"), PLAN("/plan"), EXERCISES("/exercises"), TIMERS("/timers"), DOSES("/doses"), DIARY("/diary"),
	REMINDERS("/account/reminders"), LIBRARY("/library");

	private final String url;

	Tool(String url) {
		this.url = url;
	}

	/** The name articles use in their {@code tools:} line. */
	public String toolName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String url() {
		return this.url;
	}

	static Optional<Tool> named(String name) {
		return Arrays.stream(values()).filter((tool) -> tool.toolName().equals(name)).findFirst();
	}

}
