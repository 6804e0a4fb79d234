package org.backstop.floor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Does nothing: Backstop's starters on the same Spring Boot, so that its start time and
 * memory are the floor Backstop's are compared with (bench/footprint).
 */
@SpringBootApplication
public class Floor {

	public static void main(String[] args) {
		SpringApplication.run(Floor.class, args);
	}

	/** Everything open, as Backstop's anonymous pages are. */
	@Bean
	SecurityFilterChain open(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll());
		return http.build();
	}

}
