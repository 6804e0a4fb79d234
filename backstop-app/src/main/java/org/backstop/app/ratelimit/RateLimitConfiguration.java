package org.backstop.app.ratelimit;

import java.time.Clock;

import javax.sql.DataSource;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes the rate limit filter; the security configuration places it in its chains. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {

	@Bean
	RateLimitFilter rateLimitFilter(RateLimitProperties properties, Clock clock, JsonMapper mapper,
			DataSource dataSource) {
		return new RateLimitFilter(new ClientBuckets(properties, clock, dataSource), properties.isEnabled(), mapper);
	}

	/** Runs only inside the security chains, not a second time as a filter of its own. */
	@Bean
	FilterRegistrationBean<RateLimitFilter> rateLimitFilterRegistration(RateLimitFilter filter) {
		FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

}
