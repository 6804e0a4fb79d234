package org.backstop.app.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import org.backstop.app.account.AccountRepository;
import org.backstop.app.account.AccountService;
import org.backstop.app.account.Role;
import org.backstop.core.problem.Violation;

/**
 * At start-up, makes the administrator named by {@code backstop.admin.email} and
 * {@code backstop.admin.password} ({@code BACKSTOP_ADMIN_EMAIL},
 * {@code BACKSTOP_ADMIN_PASSWORD}) when no administrator exists yet. Once there is one,
 * it does nothing, so the settings may stay in place across restarts. A password that
 * breaks the rules is logged as an error and the app starts without an administrator: the
 * rest of the service still works.
 */
@Component
@ConditionalOnWebApplication
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final AccountService service;

	private final AccountRepository accounts;

	private final String email;

	private final String password;

	FirstAdministrator(AccountService service, AccountRepository accounts,
			@Value("${backstop.admin.email:}") String email, @Value("${backstop.admin.password:}") String password) {
		this.service = service;
		this.accounts = accounts;
		this.email = email;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		createIfNone();
	}

	/** Whether it made an administrator. */
	boolean createIfNone() {
		if (this.email.isBlank() || this.password.isEmpty()) {
			if (!this.email.isBlank()) {
				log.error("BACKSTOP_ADMIN_EMAIL is set but BACKSTOP_ADMIN_PASSWORD is not; no administrator was made");
			}
			return false;
		}
		if (!this.accounts.findByRole(Role.ADMIN).isEmpty()) {
			return false;
		}
		var created = this.service.signUp(this.email, this.password, null, Role.ADMIN);
		if (!created.isValid()) {
			for (Violation violation : created.violations()) {
				// The message says what is wrong with the password, never the password.
				log.error("The first administrator from BACKSTOP_ADMIN_EMAIL and BACKSTOP_ADMIN_PASSWORD was not made: "
						+ "{}. Backstop runs without an administrator; fix the setting and restart, or use "
						+ "'backstop admin create'.", violation);
			}
			return false;
		}
		log.info("Created the first administrator, {}", created.value().email());
		return true;
	}

}
