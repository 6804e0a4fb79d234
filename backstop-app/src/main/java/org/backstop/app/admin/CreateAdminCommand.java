package org.backstop.app.admin;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import org.backstop.app.BackstopApplication;
import org.backstop.app.account.Account;
import org.backstop.app.account.AccountService;
import org.backstop.app.account.Role;
import org.backstop.app.command.JsonCommand;
import org.backstop.app.command.TerminalText;
import org.backstop.core.problem.Checked;
import org.backstop.core.problem.Violation;

/**
 * {@code backstop admin create --email EMAIL}: makes an administrator account in the
 * configured database. The password comes from {@code BACKSTOP_ADMIN_PASSWORD} or from
 * standard input, never from an argument, so it stays out of shell history and process
 * lists.
 */
@Command(name = "create", mixinStandardHelpOptions = true,
		description = { "Create an administrator account in the database Backstop is configured to use.",
				"The password is read from BACKSTOP_ADMIN_PASSWORD or, when that is unset, from one line of "
						+ "standard input.",
				"Exit codes: 0 created, 1 the database could not be used, 2 bad input." })
public class CreateAdminCommand implements Callable<Integer> {

	static final String PASSWORD_VARIABLE = "BACKSTOP_ADMIN_PASSWORD";

	@Option(names = "--email", required = true, paramLabel = "EMAIL", description = "The administrator's email.")
	String email;

	/**
	 * Anything else goes to Spring Boot, for example {@code --spring.datasource.url=...}.
	 */
	@Unmatched
	String[] springArgs = new String[0];

	private InputStream in = System.in;

	private PrintStream out = System.out;

	private PrintStream err = System.err;

	private Function<String, String> environment = System::getenv;

	/** Points the command at other streams and another environment, as tests do. */
	public CreateAdminCommand withStreams(InputStream in, PrintStream out, PrintStream err,
			Map<String, String> environment) {
		this.in = in;
		this.out = out;
		this.err = err;
		this.environment = environment::get;
		return this;
	}

	@Override
	public Integer call() {
		String password;
		try {
			password = readPassword();
		}
		catch (IOException ex) {
			return fail(List.of(Violation.of("password", "password.unreadable",
					"could not be read from standard input: {0}", String.valueOf(ex.getMessage()))));
		}
		if (password == null || password.isEmpty()) {
			return fail(List.of(Violation.of("password", "password.missing",
					"is missing; set {0} or write it as one line on standard input", PASSWORD_VARIABLE)));
		}
		SpringApplication app = new SpringApplication(BackstopApplication.class);
		app.setWebApplicationType(WebApplicationType.NONE);
		// Quiet unless something goes wrong: the answer is the one line this command
		// prints.
		app.setDefaultProperties(Map.of("logging.level.root", "warn", "logging.level.org.flywaydb", "error",
				"spring.main.log-startup-info", "false"));
		Checked<Account> created;
		try (ConfigurableApplicationContext context = app.run(this.springArgs)) {
			created = context.getBean(AccountService.class).signUp(this.email, password, null, Role.ADMIN);
		}
		catch (RuntimeException ex) {
			this.err
				.println("Backstop could not start to create the administrator: " + TerminalText.safe(rootMessage(ex)));
			return 1;
		}
		if (!created.isValid()) {
			return fail(created.violations());
		}
		this.out.println("created administrator " + created.value().email());
		return 0;
	}

	private String readPassword() throws IOException {
		String fromEnvironment = this.environment.apply(PASSWORD_VARIABLE);
		if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
			return fromEnvironment;
		}
		Console console = System.console();
		if (this.in == System.in && isTerminal(console)) {
			// Typed at a terminal: do not echo it.
			char[] typed = console.readPassword("Password for %s: ", this.email);
			return (typed != null) ? new String(typed) : null;
		}
		BufferedReader reader = new BufferedReader(new InputStreamReader(this.in, StandardCharsets.UTF_8));
		return reader.readLine();
	}

	/**
	 * Whether standard input is a terminal. Before Java 22 a console exists only then;
	 * from 22 on one may exist anyway, and {@code isTerminal()} says.
	 */
	private static boolean isTerminal(Console console) {
		if (console == null) {
			return false;
		}
		try {
			return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
		}
		catch (ReflectiveOperationException ex) {
			return true;
		}
	}

	private int fail(List<Violation> violations) {
		violations.forEach((violation) -> this.err.println(TerminalText.safe(violation.toString())));
		return JsonCommand.BAD_INPUT;
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
	}

}
