package org.backstop.app.security;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import org.backstop.app.account.Account;
import org.backstop.app.account.Role;

/**
 * The signed-in account as Spring Security sees it. Kept in the session (so it is
 * serializable) and never holds the password hash after sign-in.
 */
public final class AccountUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	/** May read health data. Every session and every token has it. */
	public static final String SCOPE_READ = "SCOPE_read";

	/** May change health data. Sessions and write tokens have it. */
	public static final String SCOPE_WRITE = "SCOPE_write";

	private final UUID id;

	private final String email;

	private final Role role;

	private final boolean locked;

	private final boolean canWrite;

	private String passwordHash;

	private AccountUser(UUID id, String email, Role role, String passwordHash, boolean locked, boolean canWrite) {
		this.id = id;
		this.email = email;
		this.role = role;
		this.passwordHash = passwordHash;
		this.locked = locked;
		this.canWrite = canWrite;
	}

	/** For signing in with the password. */
	static AccountUser forSignIn(Account account, boolean locked) {
		return new AccountUser(account.id(), account.email(), account.role(), account.passwordHash(), locked, true);
	}

	/** For a request carrying an access token of the given scope. */
	static AccountUser forToken(Account account, boolean canWrite) {
		return new AccountUser(account.id(), account.email(), account.role(), null, false, canWrite);
	}

	public UUID id() {
		return this.id;
	}

	public String email() {
		return this.email;
	}

	public Role role() {
		return this.role;
	}

	public boolean canWrite() {
		return this.canWrite;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_" + this.role.name()));
		authorities.add(new SimpleGrantedAuthority(SCOPE_READ));
		if (this.canWrite) {
			authorities.add(new SimpleGrantedAuthority(SCOPE_WRITE));
		}
		return authorities;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AccountUser user && user.id.equals(this.id) && user.canWrite == this.canWrite;
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

	@Override
	public String toString() {
		return "AccountUser[" + this.id + ", " + this.role + "]";
	}

}
