package org.backstop.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.backstop.app.account.Account;
import org.backstop.app.account.AccountRepository;
import org.backstop.app.account.AccountService;
import org.backstop.app.account.Role;
import org.backstop.core.problem.Violation;

/**
 * The first administrator from configuration. This app has a database of its own, so that
 * "no administrator yet" is true when it starts, whatever other tests do.
 */
@SpringBootTest(properties = { "backstop.admin.email=First.Admin@example.org",
		"backstop.admin.password=" + FirstAdministratorTest.PASSWORD,
		"spring.datasource.url=jdbc:h2:mem:backstop-first-admin;DB_CLOSE_DELAY=-1" })
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
	void aPasswordThatBreaksTheRulesMakesNoAdministratorAndItsReasonsNeverHoldIt() {
		this.jdbc.sql("DELETE FROM account WHERE role = 'ADMIN'").update();
		try {
			boolean made = new FirstAdministrator(this.service, this.accounts, "weak.admin@example.org", "tulip")
				.createIfNone();

			assertThat(made).isFalse();
			assertThat(this.accounts.findByRole(Role.ADMIN)).isEmpty();
			assertThat(this.accounts.findByEmail("weak.admin@example.org")).isEmpty();
			// The reasons it logs are the sign-up's violations: they name the field and
			// the rule, never the password itself.
			List<String> reasons = this.service.signUp("weak.admin@example.org", "tulip", null, Role.ADMIN)
				.violations()
				.stream()
				.map(Violation::toString)
				.toList();
			assertThat(reasons).anyMatch((reason) -> reason.startsWith("password: must be at least 15 characters"))
				.noneMatch((reason) -> reason.contains("tulip"));
			assertThat(new FirstAdministrator(this.service, this.accounts, "", "").createIfNone()).isFalse();
		}
		finally {
			// As at start-up.
			assertThat(this.firstAdministrator.createIfNone()).isTrue();
			assertThat(this.accounts.findByRole(Role.ADMIN)).extracting(Account::email)
				.containsExactly("first.admin@example.org");
		}
	}

}
