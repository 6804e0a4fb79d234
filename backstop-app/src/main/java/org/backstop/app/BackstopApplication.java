package org.backstop.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The web app: REST API and pages around the clinical core. */
@SpringBootApplication
public class BackstopApplication {

	public static void main(String[] args) {
		SpringApplication.run(BackstopApplication.class, args);
	}

}
