package org.backstop.app.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;

import org.backstop.app.mail.MailOutbox;
import org.backstop.app.system.PublicAddress;
import org.backstop.app.token.AccessTokens;

/**
 * Every way an account stays signed in: browser sessions, remembered sign-ins ("keep me
 * signed in") and personal access tokens. When the password changes, whoever got in with
 * the old one, or stole a session or token, must be shut out, and the owner told.
 */
@Service
public class SignIns {

	static final String CHANGED_SUBJECT = "Your Backstop password was changed";

	/**
	 * What a person who changed their password is told, in English, as the API says it;
	 * the pages say {@code password.changed}.
	 */
	public static final String ENDED = "Your password is changed. Every other session, every remembered sign-in "
			+ "(\"keep me signed in\") and every personal access token of your account was ended.";

	/**
	 * What a person who reset their password is told; the pages say {@code signIn.reset}.
	 */
	public static final String ENDED_ALL = "Your password is changed. Every session, every remembered sign-in "
			+ "(\"keep me signed in\") and every personal access token of your account was ended. "
			+ "Sign in with your new password.";

	private final PersistentTokenRepository rememberMe;

	/** Absent when Backstop runs a command without the web server. */
	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	private final AccessTokens tokens;

	private final MailOutbox outbox;

	private final PublicAddress publicAddress;

	SignIns(PersistentTokenRepository rememberMe,
			ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions, AccessTokens tokens,
			MailOutbox outbox, PublicAddress publicAddress) {
		this.rememberMe = rememberMe;
		this.sessions = sessions;
		this.tokens = tokens;
		this.outbox = outbox;
		this.publicAddress = publicAddress;
	}

	/**
	 * Ends the remembered sign-ins and access tokens of the account and writes to its
	 * owner; call it in the transaction that changes the password, so that both happen or
	 * neither does.
	 * @param byReset whether a reset link set the password, rather than the person signed
	 * in
	 */
	public void passwordChanged(Account account, boolean byReset) {
		this.rememberMe.removeUserTokens(account.email());
		this.tokens.revokeAll(account.id());
		this.outbox.send(account.email(), CHANGED_SUBJECT, changedBody(byReset));
	}

	/**
	 * Ends every session of the account but {@code keepSessionId} (none when null).
	 * Spring Session deletes in a transaction of its own, so call it once the password
	 * change is committed.
	 */
	public void endSessions(String email, String keepSessionId) {
		FindByIndexNameSessionRepository<? extends Session> repository = this.sessions.getIfAvailable();
		if (repository == null) {
			return;
		}
		for (String id : repository.findByPrincipalName(email).keySet()) {
			if (!id.equals(keepSessionId)) {
				repository.deleteById(id);
			}
		}
	}

	/**
	 * After a change by a signed-in person: their own session stays, under a new id, and
	 * every other session of the account ends.
	 */
	void keepOnlyThisSession(HttpServletRequest request, String email) {
		HttpSession session = request.getSession(false);
		// By the id it has in the database: a new id is stored only when the request
		// ends.
		endSessions(email, (session != null) ? session.getId() : null);
		if (session != null) {
			request.changeSessionId();
		}
	}

	private String changedBody(boolean byReset) {
		return """
				Hello,

				The password of the Backstop account of this email address was just changed%s.

				For your safety, every other place where the account was signed in was signed out: \
				other browsers and devices, every "keep me signed in", and every personal access token. \
				Sign in again with the new password where you need to, and make new access tokens for \
				the programs that used them.

				If you did not change your password, someone else may know it or may read your email. \
				Choose a new password now:

				%s

				Backstop
				""".formatted(byReset ? " with a reset link" : "", this.publicAddress.of("/password-reset"));
	}

}
