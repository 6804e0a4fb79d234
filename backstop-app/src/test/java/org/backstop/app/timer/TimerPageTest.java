package org.backstop.app.timer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.backstop.app.ApiTest;
import org.backstop.app.Http;
import org.backstop.core.careplan.TherapyTimers;

/** The therapy timers, with the core's lengths and limits. */
@ApiTest
class TimerPageTest {

	@LocalServerPort
	int port;

	String page(String path) {
		HttpResponse<String> page = new Http(this.port).get(path);
		assertThat(page.statusCode()).as(path).isEqualTo(200);
		return page.body();
	}

	@Test
	void everyTimerIsListed() {
		assertThat(page("/timers")).contains("href=\"/timers/heat\"", "href=\"/timers/cold\"",
				"href=\"/timers/stretch\"", "href=\"/timers/breathing\"",
				"About " + TherapyTimers.HEAT_MINUTES + " minutes");
	}

	@Test
	void heatUsesThePlansLength() {
		assertThat(page("/timers/heat")).contains("data-seconds=\"" + TherapyTimers.HEAT_MINUTES * 60 + "\"",
				"id=\"timer-remaining\" role=\"timer\">20:00<", "id=\"timer-start\"", "id=\"timer-pause\"",
				"id=\"timer-reset\"", "/js/timer.js");
	}

	@Test
	void coldSaysItsLimitAndNeverPassesIt() {
		String cold = page("/timers/cold");
		assertThat(cold).contains("data-seconds=\"" + TherapyTimers.COLD_MINUTES * 60 + "\"",
				"never goes past " + TherapyTimers.COLD_MAX_MINUTES + " minutes", "can injure it",
				"max=\"" + TherapyTimers.COLD_MAX_MINUTES + "\"");
		String asked = page("/timers/cold?minutes=45");
		assertThat(asked).contains("data-seconds=\"" + TherapyTimers.COLD_MAX_MINUTES * 60 + "\"",
				"id=\"timer-capped\"", ">20:00<");
		assertThat(page("/timers/cold?minutes=10")).contains("data-seconds=\"600\"").doesNotContain("timer-capped");
		assertThat(page("/timers/cold?minutes=lots")).contains("data-seconds=\"900\"");
	}

	@Test
	void stretchTakesAValidatedCappedPreset() {
		assertThat(page("/timers/stretch")).contains("data-seconds=\"30\"");
		assertThat(page("/timers/stretch?seconds=20")).contains("data-seconds=\"20\"", ">0:20<");
		assertThat(page("/timers/stretch?seconds=5000")).contains("data-seconds=\"60\"", "id=\"timer-capped\"");
		assertThat(page("/timers/stretch?seconds=-3")).contains("data-seconds=\"30\"");
	}

	@Test
	void breathingPromptsInAndOut() {
		assertThat(page("/timers/breathing")).contains("id=\"timer-phase\"", "data-in=\"4\"", "data-out=\"6\"",
				"Breathe in", "data-seconds=\"300\"");
		assertThat(new Http(this.port).withHeader("Accept-Language", "es").get("/timers/breathing").body())
			.contains("Inspira", "Respiración pausada");
	}

	@Test
	void anUnknownTimerIsNotFound() {
		assertThat(new Http(this.port).get("/timers/sauna").statusCode()).isEqualTo(404);
	}

}
