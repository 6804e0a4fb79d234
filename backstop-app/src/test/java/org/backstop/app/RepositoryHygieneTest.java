package org.backstop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No secret is ever committed: every file git would commit (tracked, or new and not
 * ignored) is searched for private keys, cloud access keys and passwords written into
 * properties files. The local data folder stays out of git.
 */
class RepositoryHygieneTest {

	// Built from parts so that this file does not match itself.
	private static final Pattern PRIVATE_KEY = Pattern.compile("-----BEGIN " + "(?:[A-Z0-9]+ )*PRIVATE KEY-----");

	private static final Pattern AWS_ACCESS_KEY = Pattern.compile("\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b");

	private static final Pattern AWS_SECRET = Pattern
		.compile("(?i)aws_?secret_?access_?key\\s*[=:]\\s*[\"']?[A-Za-z0-9/+]{40}\\b");

	private static final Pattern PROPERTIES_PASSWORD = Pattern
		.compile("(?im)^\\s*([\\w.\\-\\[\\]]*password)\\s*[=:]\\s*(.*?)\\s*$");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^}]*}");

	/** Larger files are data, not configuration. */
	private static final long LARGEST_FILE = 5L * 1024 * 1024;

	private static final Path ROOT = repositoryRoot();

	@Test
	void noCommittedFileHoldsASecret() throws IOException {
		List<Path> files = committableFiles();
		assertThat(files).as("files found under " + ROOT).hasSizeGreaterThan(50);
		List<String> findings = new ArrayList<>();
		for (Path file : files) {
			if (!Files.isRegularFile(file) || Files.size(file) > LARGEST_FILE) {
				continue;
			}
			// Latin-1 reads any bytes; every pattern is plain ASCII.
			String text = Files.readString(file, StandardCharsets.ISO_8859_1);
			findings.addAll(secretsIn(ROOT.relativize(file).toString(), text));
		}
		assertThat(findings).as("secrets in the repository; move them to environment variables").isEmpty();
	}

	@Test
	void theLocalDataFolderIsIgnored() throws IOException {
		List<String> lines = Files.readAllLines(ROOT.resolve(".gitignore"));
		assertThat(lines).map(String::strip).containsAnyOf("data/", "/data/", "data");
		if (hasGit()) {
			assertThat(git("check-ignore", "data/backstop.mv.db")).containsExactly("data/backstop.mv.db");
			assertThat(git("check-ignore", "backstop-app/data/backstop.mv.db"))
				.containsExactly("backstop-app/data/backstop.mv.db");
		}
	}

	@Test
	void theSearchFindsWhatItLooksFor() {
		String key = "-----BEGIN " + "OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n";
		assertThat(secretsIn("id_ed25519", key)).hasSize(1);
		assertThat(secretsIn("notes.md", "-----BEGIN " + "PRIVATE KEY-----")).hasSize(1);
		assertThat(secretsIn("notes.md", "-----BEGIN " + "PUBLIC KEY-----")).isEmpty();
		assertThat(secretsIn("deploy.sh", "export AWS_ACCESS_KEY_ID=" + "AKIA" + "IOSFODNN7EXAMPLE")).hasSize(1);
		assertThat(secretsIn("deploy.sh", "aws_secret_access_key = " + "wJalrXUtnFEMI/K7MDENG/bPxRfiCY" + "EXAMPLEKEY"))
			.hasSize(1);
		assertThat(secretsIn("a.properties", "spring.datasource.password=hunter2")).hasSize(1);
		assertThat(secretsIn("a.properties", "spring.mail.password : hunter2")).hasSize(1);
		assertThat(secretsIn("a.properties", "spring.datasource.password=${BACKSTOP_DB_PASSWORD:}")).isEmpty();
		assertThat(secretsIn("a.properties", "spring.datasource.password=")).isEmpty();
		assertThat(secretsIn("a.properties", "# spring.datasource.password=example")).isEmpty();
		assertThat(secretsIn("a.properties", "backstop.password-reset.valid-for=30m")).isEmpty();
		assertThat(secretsIn("Readme.md", "spring.datasource.password=hunter2")).isEmpty();
		assertThat(secretsIn("src/main/resources/messages/account.properties", "signIn.password=Password")).isEmpty();
		assertThat(secretsIn("src/main/resources/application.properties", "signIn.password=Password")).hasSize(1);
	}

	static List<String> secretsIn(String name, String text) {
		List<String> findings = new ArrayList<>();
		if (PRIVATE_KEY.matcher(text).find()) {
			findings.add(name + ": a private key");
		}
		if (AWS_ACCESS_KEY.matcher(text).find() || AWS_SECRET.matcher(text).find()) {
			findings.add(name + ": an AWS access key");
		}
		// Message bundles hold the words pages show, such as the label "Password".
		boolean messageBundle = name.replace('\\', '/').contains("/messages/");
		if (name.endsWith(".properties") && !messageBundle) {
			Matcher password = PROPERTIES_PASSWORD.matcher(text);
			while (password.find()) {
				String value = password.group(2);
				if (!value.isEmpty() && !PLACEHOLDER.matcher(value).matches()) {
					findings.add(name + ": a password in " + password.group(1));
				}
			}
		}
		return findings;
	}

	/** What git would commit; without git, every file outside build output. */
	private static List<Path> committableFiles() throws IOException {
		if (hasGit()) {
			return git("ls-files", "--cached", "--others", "--exclude-standard").stream().map(ROOT::resolve).toList();
		}
		try (Stream<Path> walk = Files.walk(ROOT)) {
			return walk.filter((path) -> {
				String relative = ROOT.relativize(path).toString().replace('\\', '/');
				return !relative.startsWith(".git/") && !relative.contains("target/") && !relative.startsWith("data/");
			}).toList();
		}
	}

	private static Path repositoryRoot() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
			dir = dir.getParent();
		}
		assertThat(dir).as("the folder with mvnw above " + Path.of("").toAbsolutePath()).isNotNull();
		return dir;
	}

	private static boolean hasGit() {
		if (!Files.exists(ROOT.resolve(".git"))) {
			return false;
		}
		try {
			git("--version");
			return true;
		}
		catch (IllegalStateException ex) {
			return false;
		}
	}

	private static List<String> git(String... arguments) {
		List<String> command = new ArrayList<>(List.of("git", "-c", "core.quotepath=off", "-C", ROOT.toString()));
		command.addAll(List.of(arguments));
		try {
			Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
			List<String> lines;
			try (var output = process.inputReader(StandardCharsets.UTF_8)) {
				lines = output.lines().toList();
			}
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException("git " + String.join(" ", arguments) + " failed");
			}
			return lines;
		}
		catch (IOException ex) {
			throw new IllegalStateException(new UncheckedIOException(ex));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
