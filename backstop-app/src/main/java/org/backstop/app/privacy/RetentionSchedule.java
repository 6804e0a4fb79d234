package org.backstop.app.privacy;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the retention rules once at start-up, so a server that is restarted often still
 * cleans up, and then once a day ({@code backstop.retention.cron}, 03:15 UTC by default).
 * Only the running web app does this; the one-off commands leave it alone.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnWebApplication
class RetentionSchedule {

	private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);

	private final Retention retention;

	private final Clock clock;

	RetentionSchedule(Retention retention, Clock clock) {
		this.retention = retention;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStartUp() {
		run();
	}

	@Scheduled(cron = "${backstop.retention.cron:0 15 3 * * *}", zone = "UTC")
	void daily() {
		run();
	}

	void run() {
		try {
			Retention.Removed removed = this.retention.removeExpired(this.clock);
			log.info(
					"Retention: removed {} audit entries, {} outbox messages, {} password reset links and {} closed "
							+ "contact requests",
					removed.auditEvents(), removed.outboxMail(), removed.passwordResets(), removed.contactRequests());
		}
		catch (DataAccessException ex) {
			// The next run tries again; a failed clean-up must not stop the app.
			log.error("Retention could not remove old records: {}", ex.getMessage());
		}
	}

}
