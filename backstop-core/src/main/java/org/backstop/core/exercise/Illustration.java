package org.backstop.core.exercise;

/**
 * A drawing of an exercise, made by the project as SVG and served by the app.
 *
 * @param path where the app serves it, such as {@code /exercises/cat_cow.svg}
 * @param altText what it shows, for people who cannot see it
 */
public record Illustration(String path, String altText) {

	static Illustration of(String exerciseId, String altText) {
		return new Illustration("/exercises/" + exerciseId + ".svg", altText);
	}

}
