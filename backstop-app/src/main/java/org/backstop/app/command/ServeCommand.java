package org.backstop.app.command;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

import org.springframework.boot.SpringApplication;

import org.backstop.app.BackstopApplication;

/** {@code backstop serve}: starts the web app. */
@Command(name = "serve",
		description = "Start the web app (port: SERVER_PORT, default 8080; data: BACKSTOP_DATA_DIR, default ./data).")
public class ServeCommand implements Callable<Integer> {

	/** Anything else goes to Spring Boot, for example {@code --server.port=9090}. */
	@Unmatched
	String[] springArgs = new String[0];

	@Override
	public Integer call() {
		SpringApplication.run(BackstopApplication.class, this.springArgs);
		return 0;
	}

}
