package org.backstop.app.privacy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.RememberMeServices;
import org.springframework.security.web.authentication.logout.CookieClearingLogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Component;

/**
 * Signs out the browser that deleted its account, as {@code /sign-out} would: the session
 * ends and the session and remember-me cookies are cleared.
 */
@Component
class SignOut {

	private final LogoutHandler rememberMe;

	private final LogoutHandler session = new SecurityContextLogoutHandler();

	private final LogoutHandler cookies = new CookieClearingLogoutHandler("BACKSTOP_SESSION");

	SignOut(RememberMeServices rememberMe) {
		// The remember-me service clears its own cookie, whatever its name.
		this.rememberMe = (rememberMe instanceof LogoutHandler handler) ? handler : (request, response, auth) -> {
		};
	}

	void signOut(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		this.session.logout(request, response, authentication);
		this.rememberMe.logout(request, response, authentication);
		this.cookies.logout(request, response, authentication);
	}

}
