package org.backstop.app.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.ApiTest;
import org.backstop.app.Http;

/** The exercise library as pages. */
@ApiTest
class ExercisePageTest {

	@LocalServerPort
	int port;

	@Test
	void theLibraryGroupedByCategory() {
		HttpResponse<String> page = new Http(this.port).get("/exercises");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"category-stretch\"", "id=\"category-breathing_and_relaxation\"",
				"src=\"/exercises/cat_cow.svg\"", "href=\"/exercises/cat_cow\"", "A gentle stretch for tight muscles.");
	}

	@Test
	void oneExerciseWithItsDrawingStepsAndTimer() {
		HttpResponse<String> page = new Http(this.port).get("/exercises/childs_pose");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"exercise-figure\"", "src=\"/exercises/childs_pose.svg\"", "alt=\"",
				"<ol id=\"exercise-steps\">", "Hold for 20 to 30 seconds", "href=\"/timers/stretch?seconds=30\"");
		assertThat(new Http(this.port).withHeader("Accept-Language", "es").get("/exercises/childs_pose").body())
			.contains("Pasos", "Cuánto")
			.doesNotContain("Kneel on the floor");
	}

	@Test
	void anUnknownExerciseIsANotFoundPage() {
		HttpResponse<String> page = new Http(this.port).get("/exercises/no_such_thing");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("id=\"not-found\"", "href=\"/\"").doesNotContain("Exception");
		// The drawings are still files.
		assertThat(new Http(this.port).get("/exercises/cat_cow.svg").statusCode()).isEqualTo(200);
	}

}
