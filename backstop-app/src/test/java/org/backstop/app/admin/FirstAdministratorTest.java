package org.backstop.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.backstop.app.account.Account;
import org.backstop.app.account.AccountRepository;
import org.backstop.app.account.AccountService;
import org.backstop.app.account.Role;

/**
 * The first administrator from configuration. This app has a database of its own, so that
 * "no administrator yet" is true when it starts, whatever other tests do.
 */
@SpringBootTest(properties = { "backstop.admin.email=First.Admin@example.org",
		"backstop.admin.password=" + FirstAdministratorTest.PASSWORD,
		"spring.datasource.url=jdbc:h2:mem:backstop-first-admin;DB_CLOSE_DELAY=-1" })
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTest {

	static final String PASSWORD = "orchard lantern velvet 1987";

	@Autowired
	AccountRepository accounts;

	@Autowired
	AccountService service;

	@Autowired
	FirstAdministrator firstAdministrator;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theConfiguredAdministratorIsMadeAtStartAndNeverASecondOne() {
		List<Account> admins = this.accounts.findByRole(Role.ADMIN);
		assertThat(admins).extracting(Account::email).containsExactly("first.admin@example.org");

		// A restart with the same settings, or with another email, makes no second one.
		assertThat(this.firstAdministrator.createIfNone()).isFalse();
		assertThat(new FirstAdministrator(this.service, this.accounts, "someone.else@example.org", PASSWORD)
			.createIfNone()).isFalse();
		assertThat(this.accounts.findByRole(Role.ADMIN)).hasSize(1);
		assertThat(this.accounts.findByEmail("someone.else@example.org")).isEmpty();
	}

	@Test
	void aPasswordThatBreaksTheRulesIsLoggedWithoutItAndNoAdministratorIsMade(CapturedOutput output) {
		this.jdbc.sql("DELETE FROM account WHERE role = 'ADMIN'").update();
		try {
			boolean made = new FirstAdministrator(this.service, this.accounts, "weak.admin@example.org", "tulip")
				.createIfNone();

			assertThat(made).isFalse();
			assertThat(this.accounts.findByRole(Role.ADMIN)).isEmpty();
			assertThat(output).contains("The first administrator", "password: must be at least 15 characters")
				.doesNotContain("tulip");
			assertThat(new FirstAdministrator(this.service, this.accounts, "", "").createIfNone()).isFalse();
		}
		finally {
			// As at start-up: it logs the email, never the password.
			assertThat(this.firstAdministrator.createIfNone()).isTrue();
			assertThat(output).contains("Created the first administrator, first.admin@example.org")
				.doesNotContain(PASSWORD);
		}
	}

}
