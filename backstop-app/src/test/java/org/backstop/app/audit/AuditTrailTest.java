package org.backstop.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.backstop.app.ApiTest;
import org.backstop.app.account.Role;
import org.backstop.app.system.Paging;

/**
 * The audit trail on the real database: a person re-reading their own data soon after
 * adds nothing, while every read by someone else and every change is kept.
 */
@ApiTest
class AuditTrailTest {

	private static final Instant NINE = Instant.parse("2026-12-02T09:00:00Z");

	@Autowired
	JdbcClient jdbc;

	private final UUID person = UUID.randomUUID();

	private final UUID item = UUID.randomUUID();

	@Test
	void aPersonRereadingTheirOwnDataWithinTenMinutesAddsNoEntry() {
		at(NINE).record(this.person, this.person, Role.PATIENT, AuditAction.LIST, "reminder", null);
		at(NINE.plusSeconds(60)).record(this.person, this.person, Role.PATIENT, AuditAction.LIST, "reminder", null);
		at(NINE.plusSeconds(540)).record(this.person, this.person, Role.PATIENT, AuditAction.LIST, "reminder", null);
		at(NINE.plusSeconds(60)).record(this.person, this.person, Role.PATIENT, AuditAction.READ, "assessment",
				this.item);
		at(NINE.plusSeconds(120)).record(this.person, this.person, Role.PATIENT, AuditAction.READ, "assessment",
				this.item);
		assertThat(entries()).isEqualTo(2);

		at(NINE.plusSeconds(601)).record(this.person, this.person, Role.PATIENT, AuditAction.LIST, "reminder", null);
		at(NINE.plusSeconds(180)).record(this.person, this.person, Role.PATIENT, AuditAction.READ, "assessment",
				UUID.randomUUID());
		assertThat(entries()).as("after the window, and another item").isEqualTo(4);
	}

	@Test
	void everyReadBySomeoneElseAndEveryChangeIsKept() {
		UUID clinician = UUID.randomUUID();
		for (int i = 0; i < 3; i++) {
			at(NINE.plusSeconds(i)).record(this.person, clinician, Role.CLINICIAN, AuditAction.READ, "assessment",
					this.item);
			at(NINE.plusSeconds(i)).record(this.person, null, Role.ADMIN, AuditAction.LIST, "assessment", null);
			at(NINE.plusSeconds(i)).record(this.person, this.person, Role.PATIENT, AuditAction.UPDATE, "reminder",
					this.item);
		}
		assertThat(entries()).isEqualTo(9);
		assertThat(at(NINE).aboutByOthers(this.person, new Paging(0, 100)).totalItems()).isEqualTo(6);
	}

	private AuditTrail at(Instant now) {
		return new AuditTrail(this.jdbc, Clock.fixed(now, ZoneOffset.UTC));
	}

	private long entries() {
		return at(NINE).about(this.person, new Paging(0, 100)).totalItems();
	}

}
