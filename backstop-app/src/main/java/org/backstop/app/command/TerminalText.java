package org.backstop.app.command;

/**
 * Text from input made safe to print on a terminal. A field name or value copied into a
 * message could carry escape sequences that recolour, move the cursor or retitle the
 * window, or direction marks that make a line read other than it is; each such character
 * is printed as its {@code \\uXXXX} escape instead, so the person sees what was sent.
 */
public final class TerminalText {

	private TerminalText() {
	}

	public static String safe(String text) {
		StringBuilder safe = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1));
			if (pair) {
				safe.append(c).append(text.charAt(++i));
			}
			else if (unsafe(c)) {
				safe.append(String.format("\\u%04x", (int) c));
			}
			else {
				safe.append(c);
			}
		}
		return safe.toString();
	}

	/**
	 * Control characters (C0, DEL and C1, the tab and line breaks too: a message is one
	 * line), the bidirectional marks, overrides and isolates, and surrogates that are not
	 * half of a pair.
	 */
	private static boolean unsafe(char c) {
		return Character.isISOControl(c) || Character.isSurrogate(c) || (c >= '\u202a' && c <= '\u202e')
				|| (c >= '\u2066' && c <= '\u2069') || c == '\u200e' || c == '\u200f' || c == '\u061c';
	}

}
