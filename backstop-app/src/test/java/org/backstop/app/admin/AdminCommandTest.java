package org.backstop.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import org.backstop.app.Backstop;
import org.backstop.app.People;
import org.backstop.app.SlowTest;

/**
 * {@code backstop admin create}, run in this process as a person runs it, against a fresh
 * H2 database in a folder of its own. Slow: each run starts the app of its own.
 */
@SlowTest
class AdminCommandTest {

	@TempDir
	Path dataDir;

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	int run(String stdin, Map<String, String> environment, String... args) {
		this.out.reset();
		this.err.reset();
		CreateAdminCommand command = new CreateAdminCommand().withStreams(
				new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
				new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8), environment);
		CommandLine.IFactory factory = new CommandLine.IFactory() {
			@Override
			public <K> K create(Class<K> type) throws Exception {
				return (type == CreateAdminCommand.class) ? type.cast(command)
						: CommandLine.defaultFactory().create(type);
			}
		};
		List<String> all = new ArrayList<>(List.of("admin", "create"));
		all.addAll(List.of(args));
		all.add("--backstop.data-dir=" + this.dataDir);
		return new CommandLine(new Backstop(), factory).execute(all.toArray(String[]::new));
	}

	@Test
	void createsAnAdministratorOnceAndNamesTheTakenEmailAfter() throws SQLException {
		String email = People.freshEmail();

		int created = run("", Map.of("BACKSTOP_ADMIN_PASSWORD", People.PASSWORD), "--email", email.toUpperCase());

		assertThat(created).as(this.err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8))
			.isEqualTo("created administrator " + email + System.lineSeparator());
		assertThat(rolesOf(email)).containsExactly("ADMIN");

		// The second time the password comes from standard input, one line.
		int again = run(People.PASSWORD + "\n", Map.of(), "--email", email);

		assertThat(again).isEqualTo(2);
		assertThat(this.out.size()).isZero();
		assertThat(this.err.toString(StandardCharsets.UTF_8)).startsWith("email: ");
		assertThat(rolesOf(email)).containsExactly("ADMIN");
	}

	@Test
	void aWeakPasswordIsNamedAndNothingIsCreated() throws SQLException {
		String email = People.freshEmail();

		int exit = run("password123\n", Map.of(), "--email", email);

		assertThat(exit).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).startsWith("password: must be at least 15 characters");
		assertThat(this.out.size()).isZero();
		assertThat(rolesOf(email)).isEmpty();
	}

	@Test
	void withoutAPasswordOrAnEmailNothingStarts() {
		assertThat(run("", Map.of(), "--email", People.freshEmail())).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.startsWith("password: is missing; set " + "BACKSTOP_ADMIN_PASSWORD");
		assertThat(run(People.PASSWORD + "\n", Map.of())).isEqualTo(2);
		assertThat(this.dataDir.resolve("backstop.mv.db")).doesNotExist();
	}

	List<String> rolesOf(String email) throws SQLException {
		List<String> roles = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + this.dataDir + "/backstop", "sa",
				"");
				PreparedStatement query = connection.prepareStatement("SELECT role FROM account WHERE email = ?")) {
			query.setString(1, email);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					roles.add(rows.getString(1));
				}
			}
		}
		return roles;
	}

}
