package org.backstop.app.security;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.RememberMeAuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import org.backstop.app.account.AccountRepository;
import org.backstop.app.ratelimit.RateLimitFilter;
import org.backstop.app.token.AccessTokens;

/**
 * Two filter chains. The API ({@code /api/**}) answers in problem+json and takes either
 * the browser's session or a personal access token; the pages sign in with a form and
 * remember-me. CSRF protection applies wherever a cookie could carry the identity: a
 * request without cookies, or with a bearer token, cannot be forged by another site.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** The cookie that keeps a person signed in across browser restarts. */
	static final String REMEMBER_ME_COOKIE = "BACKSTOP_REMEMBER_ME";

	static final String SESSION_COOKIE = "BACKSTOP_SESSION";

	/** The cookie that holds the CSRF token; it says nothing of who the person is. */
	static final String CSRF_COOKIE = "BACKSTOP_CSRF";

	/** How long "keep me signed in" lasts. */
	static final int REMEMBER_ME_SECONDS = 30 * 24 * 3600;

	/** Cookies that carry who the person is. */
	private static final Set<String> IDENTITY_COOKIES = Set.of(SESSION_COOKIE, REMEMBER_ME_COOKIE, "JSESSIONID");

	private static final Set<String> READING_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	/**
	 * Only our own files may run, style or load; no inline script or style anywhere, so
	 * injected markup cannot act, and no other site may frame a page. The service worker
	 * and the web app manifest are our own files too, said outright rather than left to
	 * default-src.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "worker-src 'self'; manifest-src 'self'; frame-ancestors 'none'";

	/** Backstop never needs these devices, so no script may ask for them. */
	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=()";

	/** Only checks its own tokens in this process; each node may have its own. */
	private final String rememberMeKey;

	SecurityConfiguration(@Value("${backstop.security.remember-me-key:}") String rememberMeKey) {
		this.rememberMeKey = rememberMeKey.isBlank() ? UUID.randomUUID().toString() : rememberMeKey;
	}

	/** Argon2 for new hashes; the prefix in each hash lets the cost be raised later. */
	@Bean
	PasswordEncoder passwordEncoder() {
		String argon2 = "argon2@SpringSecurity_v5_8";
		DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder(argon2,
				Map.of(argon2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
		return new NormalizingPasswordEncoder(encoder);
	}

	@Bean
	AuthenticationManager authenticationManager(UserDetailsService accounts, PasswordEncoder passwordEncoder,
			ApplicationEventPublisher events) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
		passwords.setPasswordEncoder(passwordEncoder);
		ProviderManager manager = new ProviderManager(passwords,
				new RememberMeAuthenticationProvider(this.rememberMeKey));
		manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
		return manager;
	}

	@Bean
	PersistentTokenRepository rememberMeTokens(DataSource dataSource) {
		JdbcTokenRepositoryImpl tokens = new JdbcTokenRepositoryImpl();
		tokens.setDataSource(dataSource);
		return tokens;
	}

	@Bean
	PersistentTokenBasedRememberMeServices rememberMeServices(UserDetailsService accounts,
			PersistentTokenRepository tokens) {
		PersistentTokenBasedRememberMeServices services = new PersistentTokenBasedRememberMeServices(this.rememberMeKey,
				accounts, tokens);
		services.setCookieName(REMEMBER_ME_COOKIE);
		services.setParameter("remember-me");
		services.setTokenValiditySeconds(REMEMBER_ME_SECONDS);
		// As the session cookie: sent on links from other sites, never on their posts.
		services.setCookieCustomizer((cookie) -> cookie.setAttribute("SameSite", "Lax"));
		return services;
	}

	@Bean
	@ConditionalOnWebApplication // commands such as "admin create" run without a web
									// server
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, AccessTokens tokens, AccountRepository accounts, ProblemWriter problems,
			PersistentTokenBasedRememberMeServices rememberMe, RateLimitFilter rateLimits) throws Exception {
		hardened(http, rateLimits, problems);
		// Metrics go with the API: a scraper sends an administrator's access token.
		http.securityMatcher("/api/**", "/actuator/metrics", "/actuator/metrics/**", "/actuator/prometheus")
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers(HttpMethod.POST, "/api/v1/assessments", "/api/v1/plans", "/api/v1/medicines/check",
						"/api/v1/accounts", "/api/v1/tokens", "/api/v1/password-resets",
						"/api/v1/password-resets/confirm")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/rules", "/api/v1/exercises", "/api/v1/exercises/*",
						"/api/v1/library", "/api/v1/library/*", "/api/v1/fhir/Questionnaire/*",
						"/api/v1/fhir/CodeSystem/*", "/api/v1/fhir/ValueSet/*")
				.permitAll()
				.requestMatchers("/api/v1/admin/**", "/actuator/**")
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated())
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens())
				.requireCsrfProtectionMatcher(SecurityConfiguration::cookieBorne))
			.addFilterBefore(new AccessTokenFilter(tokens, accounts, problems), AnonymousAuthenticationFilter.class)
			.rememberMe((remember) -> remember.rememberMeServices(rememberMe))
			.requestCache((cache) -> cache.disable())
			.formLogin((form) -> form.disable())
			.httpBasic((basic) -> basic.disable())
			.logout((logout) -> logout.disable())
			.exceptionHandling((errors) -> errors
				.authenticationEntryPoint((request, response, ex) -> problems.write(response, HttpStatus.UNAUTHORIZED,
						ProblemWriter.UNAUTHENTICATED, "Sign-in needed",
						"Sign in, or send a personal access token as Authorization: Bearer."))
				.accessDeniedHandler((request, response, ex) -> problems.write(response, HttpStatus.FORBIDDEN,
						ProblemWriter.FORBIDDEN, "Not allowed",
						(ex instanceof CsrfException)
								? "The request has no valid CSRF token. Reload the page and try again, or use an access token."
								: "Your account may not do this.")));
		return http.build();
	}

	@Bean
	@ConditionalOnWebApplication
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, PersistentTokenBasedRememberMeServices rememberMe,
			RateLimitFilter rateLimits, ProblemWriter problems) throws Exception {
		hardened(http, rateLimits, problems);
		// GET /assess/save asks for sign-in, and the saved request brings the person back
		// to their result to save it.
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/account/**")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/assess/save")
			.authenticated()
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.requestMatchers("/clinic/**")
			.hasRole("CLINICIAN")
			.anyRequest()
			.permitAll())
			.formLogin((form) -> form.loginPage("/sign-in")
				.loginProcessingUrl("/sign-in")
				.usernameParameter("email")
				.successHandler(backToWhereTheyWere())
				.failureUrl("/sign-in?error")
				.permitAll())
			.exceptionHandling((errors) -> errors.authenticationEntryPoint(toSignIn()))
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens())
				.requireCsrfProtectionMatcher(SecurityConfiguration::needsCsrfToken))
			.rememberMe((remember) -> remember.rememberMeServices(rememberMe))
			.logout((logout) -> logout.logoutUrl("/sign-out")
				.logoutSuccessUrl("/sign-in?signed-out")
				.deleteCookies(SESSION_COOKIE, REMEMBER_ME_COOKIE))
			.exceptionHandling((errors) -> errors.accessDeniedHandler(ExpiredFormPage.handler()));
		return http.build();
	}

	/**
	 * Sends a person who must sign in to the sign-in page by a relative address: an
	 * absolute one would be built from the request's Host header, which the client
	 * chooses.
	 */
	private static LoginUrlAuthenticationEntryPoint toSignIn() {
		LoginUrlAuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/sign-in");
		signIn.setFavorRelativeUris(true);
		return signIn;
	}

	/**
	 * After sign-in, back to the page asked for (or the account), again by a relative
	 * address: the saved request's is absolute, built from its Host header.
	 */
	private static SavedRequestAwareAuthenticationSuccessHandler backToWhereTheyWere() {
		SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();
		success.setDefaultTargetUrl("/account");
		success.setRedirectStrategy(
				(request, response, url) -> response.sendRedirect(response.encodeRedirectURL(pathOf(url))));
		return success;
	}

	/**
	 * The path and query of an address, or the account page if it cannot be read or would
	 * leave this site.
	 */
	static String pathOf(String url) {
		try {
			URI target = URI.create(url);
			String path = (target.getRawPath() == null || target.getRawPath().isEmpty()) ? "/" : target.getRawPath();
			if (!path.startsWith("/") || path.startsWith("//")) {
				// "//host/x" would lead to another site.
				return "/account";
			}
			return path + ((target.getRawQuery() != null) ? "?" + target.getRawQuery() : "");
		}
		catch (IllegalArgumentException ex) {
			return "/account";
		}
	}

	/**
	 * The CSRF token lives in a cookie of its own rather than in the session, so reading
	 * a page, whose forms carry the token, stores no session. Scripts cannot read the
	 * cookie, and another site can neither read it nor the page's token, which must come
	 * back with every change.
	 */
	private static CookieCsrfTokenRepository csrfTokens() {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setCookieName(CSRF_COOKIE);
		// The header scripts and API clients already send.
		tokens.setHeaderName("X-CSRF-TOKEN");
		tokens.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
		return tokens;
	}

	/**
	 * What both chains share: the security headers on every answer (HSTS only over TLS,
	 * which includes a trusted proxy's {@code X-Forwarded-Proto: https}), the rate limits
	 * (by address right after the headers, so that a refusal carries them too, and once
	 * more after sign-in, where it is known whether the caller is a person with an
	 * account), and the refusal of a request with two {@code Authorization} headers
	 * before anything reads one.
	 */
	private static void hardened(HttpSecurity http, RateLimitFilter rateLimits, ProblemWriter problems)
			throws Exception {
		// The policy and frame options come from Framing: DENY, unless a page names who
		// may frame it.
		http.headers((headers) -> headers.addHeaderWriter(new Framing())
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions((frames) -> frames.disable())
			.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY))
			.httpStrictTransportSecurity((hsts) -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true)))
			.addFilterAfter(rateLimits, HeaderWriterFilter.class)
			.addFilterAfter(rateLimits.afterSignIn(), AnonymousAuthenticationFilter.class)
			.addFilterBefore(new SingleAuthorizationFilter(problems), CsrfFilter.class);
	}

	/**
	 * Every form of the pages needs its CSRF token, but for one sent from a frame on a
	 * clinic's own site ({@code /embed/**}) without any cookie that says who the person
	 * is: browsers send no first-party cookies there, so no token could come back, and
	 * without an identity there is nothing another site could act as. Such a form still
	 * passes the form's own signed time check and the rate limit.
	 */
	static boolean needsCsrfToken(HttpServletRequest request) {
		if (READING_METHODS.contains(request.getMethod())) {
			return false;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !path.startsWith("/embed/") || cookieBorne(request);
	}

	/**
	 * Whether a request changing something could have been sent by another site using
	 * this browser's cookies: it changes state, carries a cookie, and has no bearer
	 * token.
	 */
	static boolean cookieBorne(HttpServletRequest request) {
		if (READING_METHODS.contains(request.getMethod()) || AccessTokenFilter.carriesToken(request)) {
			return false;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return false;
		}
		for (Cookie cookie : cookies) {
			if (IDENTITY_COOKIES.contains(cookie.getName())) {
				return true;
			}
		}
		return false;
	}

}
