package org.backstop.app.library;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The Backstop tools an article may point to, by the name its front matter uses, with the
 * address of each tool's page. A tool not built yet may be named, so articles need no
 * change when it comes, but nothing links to it until then.
 */
enum Tool {

	ASSESSMENT("/assess"), PLAN("/plan"), EXERCISES("/exercises"), TIMERS("/timers"), DOSES("/doses"),
	DIARY("/diary", false), REMINDERS("/account/reminders"), LIBRARY("/library");

	private final String url;

	private final boolean available;

	Tool(String url) {
		this(url, true);
	}

	Tool(String url, boolean available) {
		this.url = url;
		this.available = available;
	}

	/** Whether the tool's page exists yet. */
	public boolean available() {
		return this.available;
	}

	/** A tool that is named but not built yet, by the address articles link to. */
	static boolean isUnbuilt(String url) {
		return Arrays.stream(values()).anyMatch((tool) -> !tool.available && tool.url.equals(url));
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
